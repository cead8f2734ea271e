/** Sensitive values shown to roles that do not need them: keep the first 3 and last 4 characters. */
export const maskMiddle = (value: string, keepStart = 3, keepEnd = 4): string => {
  if (value.length <= keepStart + keepEnd) return '*'.repeat(value.length);
  return value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(-keepEnd);
};

/** CSV cells starting with = + - @ tab or CR are read as formulas by spreadsheets; a leading quote neutralises them. */
export const csvCell = (value: unknown): string => {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
