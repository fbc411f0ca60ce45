/**
 * Translations are declared per feature, each key with its Vietnamese text first and its English text second.
 * Placeholders are `{name}`; numbers inside a text use the Intl format of the language (`{count, number}`);
 * a text that depends on a count gives its plural forms (`{ one, other }`, keyed by Intl.PluralRules —
 * Vietnamese has one form only).
 */
export type PluralText = { one?: string; other: string };
export type MessageText = string | PluralText;
export type MessageEntry = { vi: MessageText; en: MessageText };

export interface Messages<K extends string> {
  ns: string;
  entries: Record<K, MessageEntry>;
}

export function defineMessages<const E extends Record<string, MessageEntry>>(
  ns: string,
  entries: E,
): Messages<keyof E & string> {
  return { ns, entries };
}

/** One language's i18next resource of a namespace: plural forms become `key_one` / `key_other`. */
export function toResource(entries: Record<string, MessageEntry>, lang: 'vi' | 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(entries)) {
    const text = entry[lang];
    if (typeof text === 'string') {
      out[key] = text;
    } else {
      if (text.one !== undefined) out[`${key}_one`] = text.one;
      out[`${key}_other`] = text.other;
      // Without a count the plain key still answers.
      out[key] = text.other;
    }
  }
  return out;
}
