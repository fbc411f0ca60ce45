import { describe, expect, it } from 'vitest';
import { encodeWindows1258, TCVN3_HO_VA_TEN, VNI_HO_VA_TEN } from '../../test/legacy-encodings.ts';
import { decodeLegacy, detectEncoding } from './encoding.ts';

const header = (name: Buffer) => Buffer.concat([Buffer.from('STT,'), name, Buffer.from(',CCCD\r\n1,')]);

describe('text encodings of commune CSV files', () => {
  it('reads UTF-8 (with or without BOM) and UTF-16 as they are', () => {
    expect(detectEncoding(Buffer.from('\ufeffHọ và tên,Số CCCD'))).toEqual({ encoding: 'utf8' });
    expect(detectEncoding(Buffer.from('Họ và tên'))).toEqual({ encoding: 'utf8' });
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x48, 0x00]))).toEqual({ encoding: 'utf16le' });
  });

  it('recognises Windows-1258 and converts it to Unicode (NFC)', () => {
    const text = 'Họ và tên,Nguyễn Thị Đượm,Xã Phù Lưu, huyện Hàm Yên';
    const bytes = encodeWindows1258(text);
    expect(detectEncoding(bytes)).toEqual({ encoding: 'windows-1258' });
    expect(decodeLegacy(bytes)).toBe(text);
  });

  it('recognises the TCVN3 (ABC) and VNI font encodings, which are refused rather than read as garbage', () => {
    expect(detectEncoding(header(TCVN3_HO_VA_TEN))).toEqual({ legacy: 'tcvn3' });
    expect(detectEncoding(header(VNI_HO_VA_TEN))).toEqual({ legacy: 'vni' });
  });
});
