import { Column, type ColumnOptions } from 'typeorm';

/**
 * Times are stored as epoch milliseconds (bigint) in both SQLite and PostgreSQL: one portable type,
 * exact comparisons in claim queries, and no time-zone drift between drivers.
 */
const epochTransformer = {
  to: (value: Date | null | undefined) => (value == null ? value : value.getTime()),
  from: (value: string | number | null) => (value == null ? null : new Date(Number(value))),
};

export const TimeColumn = (options: Omit<ColumnOptions, 'type' | 'transformer'> & { name: string }) =>
  Column({ ...options, type: 'bigint', transformer: epochTransformer });

/** JSON kept as text so both drivers store it the same way. */
const jsonTransformer = {
  to: (value: unknown) => (value === undefined ? undefined : value === null ? null : JSON.stringify(value)),
  from: (value: string | null) => (value == null ? null : JSON.parse(value)),
};

export const JsonColumn = (options: Omit<ColumnOptions, 'type' | 'transformer'> & { name: string }) =>
  Column({ ...options, type: 'text', transformer: jsonTransformer });
