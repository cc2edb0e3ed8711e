/** Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms. */
const rtlChar = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/
const strongChar = /\p{L}/u

/** The direction of a text by its first strong character, as dir="auto" decides it in a browser. */
export function textDirection(text: string): 'ltr' | 'rtl' {
  for (const char of text) {
    if (rtlChar.test(char)) return 'rtl'
    if (strongChar.test(char)) return 'ltr'
  }
  return 'ltr'
}
