export const FORMATS = ['csv', 'arrow', 'parquet'] as const;
export type Format = (typeof FORMATS)[number];
