#!/usr/bin/env node
// Writes server/data/catalogues/*.csv and server/data/rates/*.csv from the curated lists below.
// The lists are the maintained source; edit here, re-run, and update SOURCES.md.
//   node server/data/build/build-catalogues.mjs [dataDir]
// `verified` is true only for items read in the legal text or an official dataset (grade A); see SOURCES.md.

import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCsv } from './csv.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(process.argv[2] ?? join(here, '..'));
const COLS = [
  'code',
  'name_vi',
  'name_en',
  'parent_code',
  'sort_order',
  'valid_from',
  'valid_to',
  'source',
  'verified',
];

// item: [code, name_vi, name_en, verified, {parent, from, to, source}]
function catalogue(file, defaults, items) {
  const seen = new Set();
  const rows = items.map(([code, name_vi, name_en, verified, o = {}], i) => {
    if (seen.has(code)) throw new Error(`${file}: duplicate code ${code}`);
    seen.add(code);
    return {
      code,
      name_vi,
      name_en,
      parent_code: o.parent ?? '',
      sort_order: i + 1,
      valid_from: o.from ?? defaults.from ?? '',
      valid_to: o.to ?? defaults.to ?? '',
      source: o.source ?? defaults.source,
      verified: verified ? 'true' : 'false',
      ...o.attributes,
    };
  });
  for (const r of rows)
    if (r.parent_code && !seen.has(r.parent_code))
      throw new Error(`${file}: ${r.code} has unknown parent ${r.parent_code}`);
  const extra = Object.keys(items[0]?.[4]?.attributes ?? {});
  const n = writeCsv(join(dataDir, 'catalogues', file), [...COLS, ...extra], rows);
  console.log(`catalogues/${file}: ${n} rows`);
}

mkdirSync(join(dataDir, 'catalogues'), { recursive: true });
mkdirSync(join(dataDir, 'rates'), { recursive: true });

// ---- Ethnic groups: QĐ 1019/QĐ-TCTK (12/11/2008). 01–20 read in the official list; 21–54 not read. ----
const ethnic = [
  ['Kinh', 'Kinh (Viet)'],
  ['Tày', 'Tay'],
  ['Thái', 'Thai'],
  ['Mường', 'Muong'],
  ['Khmer', 'Khmer'],
  ['Hoa', 'Hoa (Chinese)'],
  ['Nùng', 'Nung'],
  ['Mông', 'Hmong'],
  ['Dao', 'Dao'],
  ['Gia Rai', 'Gia Rai'],
  ['Ê Đê', 'E De'],
  ['Ba Na', 'Ba Na'],
  ['Sán Chay', 'San Chay'],
  ['Chăm', 'Cham'],
  ['Cơ Ho', 'Co Ho'],
  ['Xơ Đăng', 'Xo Dang'],
  ['Sán Dìu', 'San Diu'],
  ['Hrê', 'Hre'],
  ['Ra Glai', 'Ra Glai'],
  ['Mnông', 'Mnong'],
  ['Thổ', 'Tho'],
  ['Xtiêng', 'Xtieng'],
  ['Khơ Mú', 'Kho Mu'],
  ['Bru-Vân Kiều', 'Bru-Van Kieu'],
  ['Cơ Tu', 'Co Tu'],
  ['Giáy', 'Giay'],
  ['Tà Ôi', 'Ta Oi'],
  ['Mạ', 'Ma'],
  ['Giẻ-Triêng', 'Gie-Trieng'],
  ['Co', 'Co'],
  ['Chơ Ro', 'Cho Ro'],
  ['Xinh Mun', 'Xinh Mun'],
  ['Hà Nhì', 'Ha Nhi'],
  ['Chu Ru', 'Chu Ru'],
  ['Lào', 'Lao'],
  ['Kháng', 'Khang'],
  ['La Chí', 'La Chi'],
  ['Phù Lá', 'Phu La'],
  ['La Hủ', 'La Hu'],
  ['La Ha', 'La Ha'],
  ['Pà Thẻn', 'Pa Then'],
  ['Lự', 'Lu'],
  ['Ngái', 'Ngai'],
  ['Chứt', 'Chut'],
  ['Lô Lô', 'Lo Lo'],
  ['Mảng', 'Mang'],
  ['Cơ Lao', 'Co Lao'],
  ['Bố Y', 'Bo Y'],
  ['Cống', 'Cong'],
  ['Si La', 'Si La'],
  ['Pu Péo', 'Pu Peo'],
  ['Rơ Măm', 'Ro Mam'],
  ['Brâu', 'Brau'],
  ['Ơ Đu', 'O Du'],
];
if (ethnic.length !== 54) throw new Error('ethnic groups must be 54');
catalogue(
  'ethnic-groups.csv',
  { source: 'QĐ 1019/QĐ-TCTK 2008' },
  ethnic.map(([vi, en], i) => [String(i + 1).padStart(2, '0'), vi, en, i < 20]),
);

// ---- Technical qualification (trình độ chuyên môn kỹ thuật), labour statistics ----
// trained = counts as "lao động qua đào tạo"; certified = "có bằng cấp, chứng chỉ" (courses of 3 months or more).
const cls = (trained, certified) => ({ attributes: { trained: String(trained), certified: String(certified) } });
const CMKT = 'TT 01/2022/TT-BLĐTBXH Điều 7; Luật GDNN 74/2014/QH13; QĐ 1982/QĐ-TTg 2016';
catalogue('qualification-levels.csv', { source: CMKT }, [
  ['00', 'Chưa qua đào tạo', 'No training', false, cls(false, false)],
  ['01', 'Chứng chỉ nghề dưới 3 tháng', 'Vocational certificate, course under 3 months', false, cls(true, false)],
  ['02', 'Sơ cấp', 'Elementary vocational (sơ cấp)', false, cls(true, true)],
  ['03', 'Trung cấp', 'Intermediate (trung cấp)', false, cls(true, true)],
  ['04', 'Cao đẳng', 'College (cao đẳng)', false, cls(true, true)],
  ['05', 'Đại học', 'University (bachelor)', false, cls(true, true)],
  ['06', 'Thạc sĩ', 'Master', false, cls(true, true)],
  ['07', 'Tiến sĩ', 'Doctorate', false, cls(true, true)],
]);

// ---- General education (trình độ giáo dục phổ thông) ----
catalogue('general-education.csv', { source: 'TT 01/2022/TT-BLĐTBXH Điều 7' }, [
  ['0', 'Chưa đi học', 'Never attended school', false],
  ['1', 'Chưa tốt nghiệp tiểu học', 'Primary not completed', false],
  ['2', 'Tốt nghiệp tiểu học', 'Primary school', false],
  ['3', 'Tốt nghiệp trung học cơ sở', 'Lower secondary school', false],
  ['4', 'Tốt nghiệp trung học phổ thông', 'Upper secondary school', false],
]);

catalogue('employment-status.csv', { source: 'TT 01/2022/TT-BLĐTBXH Điều 7' }, [
  ['1', 'Có việc làm', 'Employed', false],
  ['2', 'Thất nghiệp', 'Unemployed', false],
  ['3', 'Không tham gia hoạt động kinh tế', 'Outside the labour force', false],
]);

catalogue('status-in-employment.csv', { source: 'TT 01/2022/TT-BLĐTBXH Điều 7' }, [
  ['1', 'Chủ cơ sở', 'Employer', false],
  ['2', 'Tự làm', 'Own-account worker', false],
  ['3', 'Lao động gia đình', 'Contributing family worker', false],
  ['4', 'Làm công ăn lương', 'Employee (wage worker)', false],
  ['5', 'Xã viên hợp tác xã', 'Member of a cooperative', false],
]);

catalogue('inactivity-reasons.csv', { source: 'TT 01/2022/TT-BLĐTBXH Điều 7' }, [
  ['1', 'Đi học', 'Studying', false],
  ['2', 'Nội trợ', 'Homemaking', false],
  ['3', 'Hưu trí, già yếu', 'Retired or elderly', false],
  ['4', 'Ốm đau, khuyết tật', 'Illness or disability', false],
  ['9', 'Khác', 'Other', false],
]);

catalogue('unemployment-duration.csv', { source: 'TT 01/2022/TT-BLĐTBXH Điều 7' }, [
  ['1', 'Dưới 3 tháng', 'Less than 3 months', false],
  ['2', 'Từ 3 tháng đến dưới 12 tháng', '3 to less than 12 months', false],
  ['3', 'Từ 12 tháng trở lên', '12 months or more', false],
]);

// ---- VSCO 2020: level 1 (grade A); level 2 follows the ISCO-08 sub-major groups (not read in QĐ 34/2020) ----
const VSCO = 'QĐ 34/2020/QĐ-TTg';
const VSCO2 = 'QĐ 34/2020/QĐ-TTg (cấp 2 theo ISCO-08, chưa đối chiếu)';
const vscoFrom = '2021-01-15';
const l1 = [
  ['1', 'Nhà lãnh đạo trong các ngành, các cấp và các đơn vị', 'Managers'],
  ['2', 'Nhà chuyên môn bậc cao', 'Professionals'],
  ['3', 'Nhà chuyên môn bậc trung', 'Technicians and associate professionals'],
  ['4', 'Nhân viên trợ lý văn phòng', 'Clerical support workers'],
  ['5', 'Nhân viên dịch vụ và bán hàng', 'Service and sales workers'],
  [
    '6',
    'Lao động có kỹ năng trong nông nghiệp, lâm nghiệp và thủy sản',
    'Skilled agricultural, forestry and fishery workers',
  ],
  ['7', 'Lao động thủ công và các nghề nghiệp có liên quan khác', 'Craft and related trades workers'],
  ['8', 'Thợ lắp ráp và vận hành máy móc, thiết bị', 'Plant and machine operators and assemblers'],
  ['9', 'Lao động giản đơn', 'Elementary occupations'],
  ['0', 'Lực lượng quân đội', 'Armed forces occupations'],
];
const l2 = [
  [
    '11',
    'Nhà lãnh đạo cơ quan Đảng, Nhà nước, lập pháp và đoàn thể',
    'Chief executives, senior officials and legislators',
  ],
  ['12', 'Nhà quản lý hành chính và thương mại', 'Administrative and commercial managers'],
  ['13', 'Nhà quản lý sản xuất và dịch vụ chuyên biệt', 'Production and specialised services managers'],
  ['14', 'Nhà quản lý khách sạn, nhà hàng, bán lẻ và dịch vụ khác', 'Hospitality, retail and other services managers'],
  ['21', 'Nhà chuyên môn bậc cao về khoa học và kỹ thuật', 'Science and engineering professionals'],
  ['22', 'Nhà chuyên môn bậc cao về sức khỏe', 'Health professionals'],
  ['23', 'Nhà chuyên môn bậc cao về giảng dạy', 'Teaching professionals'],
  ['24', 'Nhà chuyên môn bậc cao về kinh doanh và quản lý', 'Business and administration professionals'],
  [
    '25',
    'Nhà chuyên môn bậc cao về công nghệ thông tin và truyền thông',
    'Information and communications technology professionals',
  ],
  ['26', 'Nhà chuyên môn bậc cao về pháp luật, văn hóa, xã hội', 'Legal, social and cultural professionals'],
  ['31', 'Kỹ thuật viên khoa học và kỹ thuật', 'Science and engineering associate professionals'],
  ['32', 'Nhà chuyên môn bậc trung về sức khỏe', 'Health associate professionals'],
  ['33', 'Nhà chuyên môn bậc trung về kinh doanh và quản lý', 'Business and administration associate professionals'],
  [
    '34',
    'Nhà chuyên môn bậc trung về pháp luật, văn hóa, xã hội',
    'Legal, social, cultural and related associate professionals',
  ],
  ['35', 'Kỹ thuật viên thông tin và truyền thông', 'Information and communications technicians'],
  ['41', 'Nhân viên văn phòng và nhân viên nhập dữ liệu', 'General and keyboard clerks'],
  ['42', 'Nhân viên dịch vụ khách hàng', 'Customer services clerks'],
  ['43', 'Nhân viên ghi chép số liệu và vật tư', 'Numerical and material recording clerks'],
  ['44', 'Nhân viên hỗ trợ văn phòng khác', 'Other clerical support workers'],
  ['51', 'Nhân viên dịch vụ cá nhân', 'Personal service workers'],
  ['52', 'Nhân viên bán hàng', 'Sales workers'],
  ['53', 'Nhân viên chăm sóc cá nhân', 'Personal care workers'],
  ['54', 'Nhân viên dịch vụ bảo vệ', 'Protective services workers'],
  ['61', 'Lao động có kỹ năng trong nông nghiệp sản xuất hàng hóa', 'Market-oriented skilled agricultural workers'],
  [
    '62',
    'Lao động có kỹ năng trong lâm nghiệp, thủy sản và săn bắt sản xuất hàng hóa',
    'Market-oriented skilled forestry, fishery and hunting workers',
  ],
  ['63', 'Lao động nông, lâm, ngư nghiệp tự cung tự cấp', 'Subsistence farmers, fishers, hunters and gatherers'],
  [
    '71',
    'Thợ xây dựng và thợ có liên quan (trừ thợ điện)',
    'Building and related trades workers, excluding electricians',
  ],
  ['72', 'Thợ luyện kim, cơ khí và thợ có liên quan', 'Metal, machinery and related trades workers'],
  ['73', 'Thợ thủ công mỹ nghệ và thợ in', 'Handicraft and printing workers'],
  ['74', 'Thợ điện và thợ điện tử', 'Electrical and electronic trades workers'],
  [
    '75',
    'Thợ chế biến thực phẩm, gỗ, may mặc, thủ công và thợ có liên quan khác',
    'Food processing, wood working, garment and other craft and related trades workers',
  ],
  ['81', 'Thợ vận hành máy móc và thiết bị cố định', 'Stationary plant and machine operators'],
  ['82', 'Thợ lắp ráp', 'Assemblers'],
  ['83', 'Lái xe và thợ vận hành thiết bị di động', 'Drivers and mobile plant operators'],
  ['91', 'Người quét dọn và giúp việc', 'Cleaners and helpers'],
  ['92', 'Lao động giản đơn trong nông nghiệp, lâm nghiệp và thủy sản', 'Agricultural, forestry and fishery labourers'],
  [
    '93',
    'Lao động giản đơn trong khai khoáng, xây dựng, công nghiệp chế biến và vận tải',
    'Labourers in mining, construction, manufacturing and transport',
  ],
  ['94', 'Người phụ giúp chuẩn bị thực phẩm', 'Food preparation assistants'],
  ['95', 'Người bán hàng rong và cung cấp dịch vụ đường phố', 'Street and related sales and service workers'],
  ['96', 'Người thu gom rác thải và lao động giản đơn khác', 'Refuse workers and other elementary workers'],
  ['01', 'Sĩ quan quân đội', 'Commissioned armed forces officers'],
  ['02', 'Hạ sĩ quan quân đội', 'Non-commissioned armed forces officers'],
  ['03', 'Quân nhân thuộc các cấp bậc khác', 'Armed forces occupations, other ranks'],
];
catalogue('vsco-occupations.csv', { source: VSCO, from: vscoFrom }, [
  ...l1.map(([c, vi, en]) => [c, vi, en, true]),
  ...l2.map(([c, vi, en]) => [c, vi, en, false, { parent: c[0], source: VSCO2 }]),
]);

// ---- VSIC 2018 sections ----
catalogue('vsic-sections.csv', { source: 'QĐ 27/2018/QĐ-TTg', from: '2018-08-20' }, [
  ['A', 'Nông nghiệp, lâm nghiệp và thủy sản', 'Agriculture, forestry and fishing', false],
  ['B', 'Khai khoáng', 'Mining and quarrying', false],
  ['C', 'Công nghiệp chế biến, chế tạo', 'Manufacturing', false],
  [
    'D',
    'Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí',
    'Electricity, gas, steam and air conditioning supply',
    false,
  ],
  [
    'E',
    'Cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải',
    'Water supply; sewerage, waste management and remediation activities',
    false,
  ],
  ['F', 'Xây dựng', 'Construction', false],
  [
    'G',
    'Bán buôn và bán lẻ; sửa chữa ô tô, mô tô, xe máy và xe có động cơ khác',
    'Wholesale and retail trade; repair of motor vehicles and motorcycles',
    false,
  ],
  ['H', 'Vận tải kho bãi', 'Transportation and storage', false],
  ['I', 'Dịch vụ lưu trú và ăn uống', 'Accommodation and food service activities', false],
  ['J', 'Thông tin và truyền thông', 'Information and communication', false],
  ['K', 'Hoạt động tài chính, ngân hàng và bảo hiểm', 'Financial and insurance activities', false],
  ['L', 'Hoạt động kinh doanh bất động sản', 'Real estate activities', false],
  ['M', 'Hoạt động chuyên môn, khoa học và công nghệ', 'Professional, scientific and technical activities', false],
  ['N', 'Hoạt động hành chính và dịch vụ hỗ trợ', 'Administrative and support service activities', false],
  [
    'O',
    'Hoạt động của Đảng Cộng sản, tổ chức chính trị - xã hội, quản lý Nhà nước, an ninh quốc phòng; bảo đảm xã hội bắt buộc',
    'Activities of the Communist Party, socio-political organisations, public administration and defence; compulsory social security',
    false,
  ],
  ['P', 'Giáo dục và đào tạo', 'Education', false],
  ['Q', 'Y tế và hoạt động trợ giúp xã hội', 'Human health and social work activities', false],
  ['R', 'Nghệ thuật, vui chơi và giải trí', 'Arts, entertainment and recreation', false],
  ['S', 'Hoạt động dịch vụ khác', 'Other service activities', false],
  [
    'T',
    'Hoạt động làm thuê các công việc trong các hộ gia đình, sản xuất sản phẩm vật chất và dịch vụ tự tiêu dùng của hộ gia đình',
    'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
    false,
  ],
  [
    'U',
    'Hoạt động của các tổ chức và cơ quan quốc tế',
    'Activities of extraterritorial organisations and bodies',
    false,
  ],
]);

// ---- VET training levels (Law on VET 2014; TT 42/2015, TT 43/2015) — definitions read: grade A ----
catalogue('training-levels.csv', { source: 'Luật GDNN 74/2014/QH13' }, [
  [
    '01',
    'Đào tạo dưới 3 tháng',
    'Training course under 3 months (continuing training)',
    true,
    { source: 'TT 43/2015/TT-BLĐTBXH' },
  ],
  ['02', 'Sơ cấp', 'Elementary level (3 months to under 1 year, at least 300 hours)', true],
  ['03', 'Trung cấp', 'Intermediate level (1–2 years)', true],
  ['04', 'Cao đẳng', 'College level (2–3 years)', true],
]);

// ---- Policy beneficiary groups for elementary / under-3-month training support ----
const QD46 = 'QĐ 46/2015/QĐ-TTg Điều 2';
catalogue('beneficiary-groups.csv', { source: QD46, from: '2016-01-01' }, [
  ['01', 'Người khuyết tật', 'Persons with disabilities', true],
  [
    '02',
    'Người dân tộc thiểu số thuộc hộ nghèo',
    'Ethnic-minority person of a poor household',
    false,
    { source: 'QĐ 46/2015/QĐ-TTg Điều 4' },
  ],
  [
    '03',
    'Người thuộc hộ nghèo ở xã, thôn, bản đặc biệt khó khăn',
    'Person of a poor household in an especially difficult commune or village',
    false,
    { source: 'QĐ 46/2015/QĐ-TTg Điều 4' },
  ],
  ['04', 'Người dân tộc thiểu số', 'Ethnic-minority person', true],
  ['05', 'Người có công với cách mạng', 'Person with meritorious service to the revolution', true],
  ['06', 'Người thuộc hộ nghèo', 'Member of a poor household', true],
  ['07', 'Người thuộc hộ cận nghèo', 'Member of a near-poor household', true],
  [
    '08',
    'Người thuộc hộ gia đình bị thu hồi đất nông nghiệp, đất kinh doanh',
    'Member of a household whose farm or business land was recovered',
    true,
  ],
  ['09', 'Lao động nữ bị mất việc làm', 'Woman worker who lost her job', true],
  ['10', 'Ngư dân', 'Fisher', true],
  ['11', 'Phụ nữ', 'Woman', true],
  ['12', 'Lao động nông thôn', 'Rural worker', true],
  [
    '13',
    'Người thuộc hộ mới thoát nghèo',
    'Member of a household that recently escaped poverty',
    true,
    { source: 'TT 55/2023/TT-BTC Điều 68', from: '' },
  ],
  [
    '14',
    'Người lao động có thu nhập thấp',
    'Low-income worker',
    true,
    { source: 'TT 55/2023/TT-BTC Điều 68', from: '' },
  ],
]);

catalogue('household-area-types.csv', { source: 'NĐ 07/2021/NĐ-CP' }, [
  ['urban', 'Thành thị', 'Urban', false],
  ['rural', 'Nông thôn', 'Rural', false],
]);

// ---- NĐ 07/2021: 6 basic social services (S1–S6) and 12 deprivation indicators ----
const ND07 = 'NĐ 07/2021/NĐ-CP';
const pov = { source: ND07, from: '2022-01-01', to: '2026-12-31' };
catalogue('poverty-deprivation-indicators.csv', pov, [
  ['S1', 'Việc làm', 'Employment', false],
  ['S2', 'Y tế', 'Health', false],
  ['S3', 'Giáo dục', 'Education', false],
  ['S4', 'Nhà ở', 'Housing', false],
  ['S5', 'Nước sinh hoạt và vệ sinh', 'Water and sanitation', false],
  ['S6', 'Thông tin', 'Information', false],
  ['01', 'Việc làm', 'Employment', false, { parent: 'S1' }],
  ['02', 'Người phụ thuộc trong hộ gia đình', 'Dependants in the household', false, { parent: 'S1' }],
  ['03', 'Dinh dưỡng', 'Nutrition', false, { parent: 'S2' }],
  ['04', 'Bảo hiểm y tế', 'Health insurance', false, { parent: 'S2' }],
  ['05', 'Trình độ giáo dục của người lớn', 'Adult educational attainment', false, { parent: 'S3' }],
  ['06', 'Tình trạng đi học của trẻ em', 'School attendance of children', false, { parent: 'S3' }],
  ['07', 'Chất lượng nhà ở', 'Housing quality', false, { parent: 'S4' }],
  ['08', 'Diện tích nhà ở bình quân đầu người', 'Floor area per person', false, { parent: 'S4' }],
  ['09', 'Nguồn nước sinh hoạt', 'Domestic water source', false, { parent: 'S5' }],
  ['10', 'Nhà tiêu hợp vệ sinh', 'Hygienic latrine', false, { parent: 'S5' }],
  ['11', 'Sử dụng dịch vụ viễn thông', 'Use of telecommunication services', false, { parent: 'S6' }],
  ['12', 'Phương tiện phục vụ tiếp cận thông tin', 'Means of access to information', false, { parent: 'S6' }],
]);

// ---- Employers: legal form and ownership ----
// Forms of enterprise of Luật Doanh nghiệp 59/2020/QH14 (Art. 4(10), Chapters II–VII: DNTN, TNHH 1 TV, TNHH 2 TV trở
// lên, cổ phần, hợp danh; state-owned enterprise Art. 88), Luật Hợp tác xã 17/2023/QH15 (HTX), hộ kinh doanh
// (NĐ 01/2021/NĐ-CP Art. 79), foreign-invested enterprises (Luật Đầu tư 61/2020/QH14 Art. 3(22)), and employers that
// are not enterprises (cơ quan, tổ chức, cá nhân: Bộ luật Lao động 2019 Art. 3(2)). `ownership` groups them as the
// labour-demand data of TT 01/2022/TT-BLĐTBXH Art. 3 and the statistics do: nhà nước, ngoài nhà nước, có vốn ĐTNN.
const own = (ownership) => ({ attributes: { ownership } });
const LDN = { ...own('non_state'), source: 'Luật Doanh nghiệp 59/2020/QH14' };
catalogue('employer-legal-forms.csv', { source: 'Luật Doanh nghiệp 59/2020/QH14' }, [
  [
    '01',
    'Doanh nghiệp nhà nước',
    'State-owned enterprise',
    false,
    { ...own('state'), source: 'Luật Doanh nghiệp 59/2020/QH14 Điều 88' },
  ],
  ['02', 'Công ty TNHH một thành viên', 'Single-member limited liability company', false, LDN],
  ['03', 'Công ty TNHH hai thành viên trở lên', 'Multi-member limited liability company', false, LDN],
  ['04', 'Công ty cổ phần', 'Joint-stock company', false, LDN],
  ['05', 'Công ty hợp danh', 'Partnership', false, LDN],
  ['06', 'Doanh nghiệp tư nhân', 'Private enterprise (sole proprietorship)', false, LDN],
  [
    '07',
    'Doanh nghiệp có vốn đầu tư nước ngoài',
    'Foreign-invested enterprise',
    false,
    { ...own('foreign'), source: 'Luật Đầu tư 61/2020/QH14 Điều 3' },
  ],
  [
    '08',
    'Hợp tác xã, liên hiệp hợp tác xã',
    'Cooperative or union of cooperatives',
    false,
    { ...own('non_state'), source: 'Luật Hợp tác xã 17/2023/QH15' },
  ],
  ['09', 'Hộ kinh doanh', 'Household business', false, { ...own('non_state'), source: 'NĐ 01/2021/NĐ-CP Điều 79' }],
  [
    '10',
    'Cơ quan, đơn vị sự nghiệp công lập',
    'Public agency or public service unit',
    false,
    { ...own('state'), source: 'Bộ luật Lao động 2019 Điều 3' },
  ],
  [
    '11',
    'Tổ chức, cá nhân khác có thuê mướn lao động',
    'Other organisation or person employing workers',
    false,
    { ...own('non_state'), source: 'Bộ luật Lao động 2019 Điều 3' },
  ],
]);

// ---- Training institutions: type and ownership (Luật Giáo dục nghề nghiệp 74/2014/QH13 Art. 5) ----
const GDNN5 = 'Luật GDNN 74/2014/QH13 Điều 5';
catalogue('institution-types.csv', { source: GDNN5 }, [
  ['ttgdnn', 'Trung tâm giáo dục nghề nghiệp', 'Vocational education centre', false],
  ['trung_cap', 'Trường trung cấp', 'Intermediate vocational school', false],
  ['cao_dang', 'Trường cao đẳng', 'College', false],
]);
catalogue('institution-ownership.csv', { source: GDNN5 }, [
  ['public', 'Công lập', 'Public', false],
  ['private', 'Tư thục', 'Private', false],
  ['foreign', 'Có vốn đầu tư nước ngoài', 'Foreign-invested', false],
]);

// ---- Dated poverty standards ----
const rateRows = [
  ['rural', '2022-01-01', '2026-12-31', 1500000, 3, 'NĐ 07/2021/NĐ-CP; NĐ 351/2025/NĐ-CP (áp dụng đến 31/12/2026)'],
  ['urban', '2022-01-01', '2026-12-31', 2000000, 3, 'NĐ 07/2021/NĐ-CP; NĐ 351/2025/NĐ-CP (áp dụng đến 31/12/2026)'],
  ['rural', '2027-01-01', '2030-12-31', 2200000, 3, 'NĐ 351/2025/NĐ-CP'],
  ['urban', '2027-01-01', '2030-12-31', 2800000, 3, 'NĐ 351/2025/NĐ-CP'],
].map(([area_type, valid_from, valid_to, income_threshold_vnd, deprivation_threshold, source]) => ({
  area_type,
  valid_from,
  valid_to,
  income_threshold_vnd,
  deprivation_threshold,
  source,
  verified: 'false',
}));
const nr = writeCsv(
  join(dataDir, 'rates', 'poverty-standards.csv'),
  ['area_type', 'valid_from', 'valid_to', 'income_threshold_vnd', 'deprivation_threshold', 'source', 'verified'],
  rateRows,
);
console.log(`rates/poverty-standards.csv: ${nr} rows`);
