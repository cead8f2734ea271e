/**
 * Whether a name inside an archive is safe to unpack anywhere: relative, forward slashes only, no "." or ".."
 * segments, no drive letters, no control characters, no empty segments. Names are never joined to a disk
 * path unchecked; this is the one test both the writer and the 四性 check use.
 */
export const unsafePathReason = (path: string): string | null => {
  if (typeof path !== 'string' || path.length === 0) return '文件名为空';
  if (path.length > 255) return '文件名超过255个字符';
  if (path.includes('\\')) return '文件名含反斜杠';
  if (path.startsWith('/')) return '文件名为绝对路径';
  if (/^[A-Za-z]:/.test(path)) return '文件名含盘符';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return '文件名含控制字符';
  const segments = path.split('/');
  if (segments.some((s) => s === '..')) return '文件名含上级目录（..）';
  if (segments.some((s) => s === '' || s === '.')) return '文件名含空目录或当前目录';
  return null;
};
