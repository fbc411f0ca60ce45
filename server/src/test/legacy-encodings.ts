/**
 * Bytes of Vietnamese text as old commune machines saved it, for tests. Windows-1258 is built from the WHATWG
 * decoder's own table (base letters incl. â ê ô ă ơ ư đ, tone marks as combining bytes); the TCVN3 and VNI samples
 * are the byte sequences of "Họ và tên" / "Nguyễn" as those font encodings write them.
 */
const CP1258 = (() => {
  const decoder = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return table;
})();

export function encodeWindows1258(text: string): Buffer {
  // Tone marks stay combining; the vowel-shape marks (circumflex, breve, horn) join their letter.
  const chars = text
    .normalize('NFD')
    .replace(
      /([A-Za-z])([\u0300\u0301\u0303\u0309\u0323]?)([\u0302\u0306\u031b])/g,
      (_, letter, tone, shape) => `${`${letter}${shape}`.normalize('NFC')}${tone}`,
    );
  return Buffer.from(
    [...chars].map((c) => {
      if (c < '\u0080') return c.charCodeAt(0);
      const b = CP1258.get(c);
      if (b === undefined) throw new Error(`"${c}" has no Windows-1258 byte`);
      return b;
    }),
  );
}

/** "Họ và tên" in TCVN3 (ABC): one byte per accented letter ("Hä vµ tªn" when read as Windows-1252). */
export const TCVN3_HO_VA_TEN = Buffer.from([0x48, 0xe4, 0x20, 0x76, 0xb5, 0x20, 0x74, 0xaa, 0x6e]);
/** "Họ và tên" in VNI: the vowel, then its marks ("Hoï vaø teân" when read as Windows-1252). */
export const VNI_HO_VA_TEN = Buffer.from([0x48, 0x6f, 0xef, 0x20, 0x76, 0x61, 0xf8, 0x20, 0x74, 0x65, 0xe2, 0x6e]);
