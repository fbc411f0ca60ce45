// The daily surface: every demo role visits every entry of its menu at 1366×768, in Vietnamese and in English, and
// each page is read for what a person should never meet: a bare unit code in a table or a figure, a truncated label
// or heading, an English slug or an internal id in Vietnamese, a column mixing percentage formats, or a placeholder
// such as "undefined". A screenshot of each role × page × language is kept under e2e/screenshots/.
import { apiGet, assert, signIn, signOut } from '../helpers.mjs';

export const name = 'daily-surface';
/** 4 roles × every menu entry × 2 languages: longer than the runner's default per journey. */
export const timeoutMs = 600_000;
/** Layout and wording only: the same screens whichever database serves them, so checked on the embedded one. */
export const engines = ['embedded'];

const ROLES = ['admin', 'sonoivu.langson', 'lanhdao.langson', 'canbo.xa1'];

/** Reads the page as a person sees it and returns what is wrong with it (runs in the browser). */
function inspectPage(lang) {
  const problems = [];
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  };
  // What a person sees (rendered text, hidden parts left out), not the DOM's whole text.
  // biome-ignore lint/performance/useDomNodeTextContent: the visible text is the point
  const text = (el) => (el.innerText ?? '').replace(/\s+/g, ' ').trim();
  const short = (s) => (s.length > 80 ? `${s.slice(0, 77)}…` : s);

  // Truncated labels, table headers, headings and menu items: the text is wider than its box.
  const labelled = document.querySelectorAll(
    [
      'label',
      'th',
      'h1, h2, h3, h4, h5',
      '.ant-card-head-title',
      '.ant-statistic-title',
      '.ant-descriptions-item-label',
      '.ant-menu-title-content',
      '.ant-tabs-tab-btn',
      '.ant-steps-item-title',
    ].join(', '),
  );
  for (const el of labelled) {
    if (!visible(el) || text(el) === '') continue;
    if (el.scrollWidth > el.clientWidth + 1) problems.push(`truncated: "${short(text(el))}"`);
  }

  // Tables and figures: bare unit codes, and columns mixing percentage formats.
  const UNIT_WORDS = /đơn vị|tỉnh|xã|phường|unit|province|commune/i;
  const code5 = /(?:^|[\s(,;:])(\d{5})(?=$|[\s),;])/;
  for (const table of document.querySelectorAll('.ant-table')) {
    if (!visible(table)) continue;
    const headers = [...table.querySelectorAll('thead th')].map(text);
    const formats = new Map();
    for (const row of table.querySelectorAll('tbody tr.ant-table-row')) {
      [...row.children].forEach((cell, i) => {
        const value = text(cell);
        if (code5.test(value)) problems.push(`unit code in a table (${headers[i] ?? i}): "${short(value)}"`);
        if (/^\d{2}$/.test(value) && UNIT_WORDS.test(headers[i] ?? ''))
          problems.push(`province code in a table (${headers[i]}): "${value}"`);
        const pct = /^[+−-]?[\d.,]+(\s?)%$/u.exec(value);
        if (pct) {
          const decimalSep = lang === 'vi' ? ',' : '.';
          const decimals = value.includes(decimalSep) ? value.split(decimalSep).pop().replace(/\D/g, '').length : 0;
          const set = formats.get(i) ?? new Set();
          set.add(`${decimals}${pct[1] ? ' space' : ''}`);
          formats.set(i, set);
        }
      });
    }
    for (const [i, set] of formats) {
      if (set.size > 1)
        problems.push(`mixed percentage formats in column "${headers[i] ?? i}": ${[...set].join(' / ')}`);
    }
  }
  for (const stat of document.querySelectorAll('.ant-statistic, .ant-descriptions-item')) {
    if (!visible(stat)) continue;
    const title = text(stat.querySelector('.ant-statistic-title, .ant-descriptions-item-label') ?? stat);
    const value = text(stat.querySelector('.ant-statistic-content, .ant-descriptions-item-content') ?? stat);
    // A figure of two digits is a count ("34 provinces"); a province code stands alone in tables only.
    if (code5.test(value)) problems.push(`unit code in a figure (${title}): "${short(value)}"`);
  }

  // The words on the page, without what people typed or what is shown as code on purpose (a token's prefix).
  const root = document.querySelector('.ant-layout') ?? document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const words = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('code, pre, input, textarea, script, style, [aria-hidden="true"]')) continue;
    if (!visible(parent)) continue;
    const value = node.textContent.trim();
    if (value) words.push(value);
  }
  const all = words.join(' | ');
  for (const placeholder of ['undefined', 'NaN', 'null', '[object Object]']) {
    if (new RegExp(`(^|[^\\w])${placeholder.replace(/[[\]]/g, '\\$&')}($|[^\\w])`).test(all))
      problems.push(`placeholder "${placeholder}" in the page`);
  }
  if (lang === 'vi') {
    for (const value of words) {
      // File names and e-mail addresses are people's data, not slugs.
      const cleaned = value.replace(/\S+\.(xlsx|csv|docx|pdf)\b/gi, '').replace(/\S+@\S+/g, '');
      const slug = /(?:^|[^\w./:-])([a-z]+(?:_[a-z0-9]+)+|[a-z]+(?:-[a-z]+)+)(?=$|[^\w/-])/.exec(cleaned);
      if (slug) problems.push(`English slug in Vietnamese: "${slug[1]}" in "${short(value)}"`);
      const id = /#\d+/.exec(cleaned);
      if (id) problems.push(`internal id in Vietnamese: "${short(value)}"`);
    }
  }
  return [...new Set(problems)];
}

/** The menu's entries for the signed-in user: each leaf with the group (title text) it sits in, if any. */
async function menuEntries(page) {
  const entries = [];
  const groups = page.locator('[data-testid="main-menu"] > .ant-menu-submenu');
  const groupCount = await groups.count();
  const groupTitles = [];
  for (let i = 0; i < groupCount; i++) {
    groupTitles.push(((await groups.nth(i).locator(':scope > .ant-menu-submenu-title').textContent()) ?? '').trim());
  }
  for (const title of groupTitles) {
    await openGroup(page, title);
    const group = page
      .locator('[data-testid="main-menu"] > .ant-menu-submenu')
      .filter({ has: page.locator(':scope > .ant-menu-submenu-title', { hasText: title }) });
    await group.locator('[data-testid^="nav-"]').first().waitFor();
    for (const id of await group
      .locator('[data-testid^="nav-"]')
      .evaluateAll((els) => els.map((e) => e.dataset.testid))) {
      entries.push({ testId: id, group: groupTitles.indexOf(title) });
    }
  }
  const top = await page
    .locator('[data-testid="main-menu"] > li[data-testid^="nav-"]')
    .evaluateAll((els) => els.map((e) => e.dataset.testid));
  return [...top.map((testId) => ({ testId, group: -1 })), ...entries];
}

async function openGroup(page, title) {
  const group = page
    .locator('[data-testid="main-menu"] > .ant-menu-submenu')
    .filter({ has: page.locator(':scope > .ant-menu-submenu-title', { hasText: title }) })
    .first();
  const open = await group.evaluate((el) => el.classList.contains('ant-menu-submenu-open'));
  if (!open) await group.locator(':scope > .ant-menu-submenu-title').click();
  await group.locator('[data-testid^="nav-"]').first().waitFor();
}

async function setLanguage(page, lang) {
  await page.locator('.ant-layout-header .ant-segmented-item').filter({ hasText: lang.toUpperCase() }).click();
  await page
    .waitForFunction((l) => document.documentElement.lang.startsWith(l), lang, { timeout: 5_000 })
    .catch(() => {});
}

export async function run({ page, baseUrl, shot }) {
  const failures = [];
  for (const username of ROLES) {
    await signIn(page, baseUrl, username);
    const me = (await apiGet(page, '/api/auth/me')).user;
    // The home page's pending work is the server's: each count it shows links into a list.
    const home = await apiGet(page, '/api/home');
    if (home.pending.unitReview) await page.getByTestId('pending-review').waitFor();
    for (const lang of ['vi', 'en']) {
      await setLanguage(page, lang);
      // Group titles change with the language: read the menu in each.
      await page.getByTestId('nav-/').click();
      const entries = await menuEntries(page);
      const titles = await page
        .locator('[data-testid="main-menu"] > .ant-menu-submenu > .ant-menu-submenu-title')
        .allInnerTexts();
      for (const entry of entries) {
        if (entry.group >= 0) await openGroup(page, titles[entry.group].trim());
        await page.getByTestId(entry.testId).click();
        const path = entry.testId.slice('nav-'.length);
        await page.waitForURL((url) => url.pathname === path || url.pathname.startsWith(`${path}/`) || path === '/');
        await page
          .locator('.ant-layout-content h4, .ant-layout-content h3, .ant-layout-content .ant-result')
          .first()
          .waitFor();
        await shot(`${username}-${lang}-${path === '/' ? 'home' : path.slice(1).replaceAll('/', '_')}`);
        const problems = await page.evaluate(inspectPage, lang);
        for (const p of problems) failures.push(`${username} ${lang} ${path}: ${p}`);
      }
      // The menu fits the screen with the last group open.
      const overflow = await page.evaluate(() => {
        const items = [...document.querySelectorAll('[data-testid="main-menu"] .ant-menu-item')];
        return Math.max(...items.map((i) => i.getBoundingClientRect().bottom)) - window.innerHeight;
      });
      if (overflow > 0) failures.push(`${username} ${lang}: the menu runs ${overflow}px below the window`);
    }
    await setLanguage(page, 'vi');
    assert(me.username === username, `signed in as ${me.username}, not ${username}`);
    await signOut(page);
  }
  assert(failures.length === 0, `the daily surface shows ${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
}
