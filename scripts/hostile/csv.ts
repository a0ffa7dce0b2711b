/** A minimal RFC 4180 reader that keeps each record's raw text, so rows can be compared byte for byte. */

export interface CsvRecord {
  /** The record exactly as written, without its line ending. */
  raw: string;
  fields: string[];
}

/** Splits CSV text into records (the header is the first one). Quoted fields may hold commas, quotes and line breaks. */
export function readCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) throw new Error(`unterminated quoted field at offset ${start}`);
          field += text.slice(i, q);
          if (text[q + 1] === '"') {
            field += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
      } else {
        let j = i;
        while (j < text.length && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++;
        field = text.slice(i, j);
        i = j;
      }
      fields.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    const end = i;
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    else if (i < text.length) throw new Error(`unexpected character after a field at offset ${i}`);
    records.push({ raw: text.slice(start, end), fields });
  }
  return records;
}
