import { describe, expect, it } from 'vitest';
import { CAPABILITIES } from '../../app/permissions.ts';
import { acceptedExtensions, contentTypeOf, fileProblem, percentOf } from './upload-file.ts';

describe('imports page helpers', () => {
  it('sends a file with the content type of its extension, whatever the browser reports', () => {
    expect(contentTypeOf('执法人员.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(contentTypeOf('执法人员.CSV')).toBe('text/csv');
    expect(contentTypeOf('法规.zip')).toBe('application/zip');
    expect(contentTypeOf('旧表.xls')).toBeUndefined();
  });

  it('accepts sheets for registers and a .zip for law texts', () => {
    expect(acceptedExtensions({ upload: 'sheet' })).toEqual(['xlsx', 'csv']);
    expect(acceptedExtensions({ upload: 'bundle' })).toEqual(['zip']);
    expect(fileProblem('a.xlsx', { upload: 'sheet' })).toBeUndefined();
    expect(fileProblem('a.xls', { upload: 'sheet' })).toMatch(/另存为 .xlsx/);
    expect(fileProblem('a.xlsx', { upload: 'bundle' })).toMatch(/.zip/);
  });

  it('shows progress in whole percent and a finished import at 100', () => {
    expect(percentOf({ status: 'running', processed: 0, total: 0 })).toBe(0);
    expect(percentOf({ status: 'running', processed: 1, total: 3 })).toBe(33);
    expect(percentOf({ status: 'failed', processed: 3, total: 3 })).toBe(100);
    expect(percentOf({ status: 'succeeded', processed: 0, total: 0 })).toBe(100);
  });

  it('offers the page to exactly the roles that manage an importable register', () => {
    const managers = new Set([...CAPABILITIES['agency.manage'], ...CAPABILITIES['officer.manage'], ...CAPABILITIES['item.manage'], ...CAPABILITIES['inspection-item.manage'], ...CAPABILITIES['law.import']]);
    expect([...CAPABILITIES['import.use']].sort()).toEqual([...managers].sort());
  });
});
