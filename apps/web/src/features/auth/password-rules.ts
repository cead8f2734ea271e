/**
 * The default policy (等保 2.0 三级 身份鉴别): at least 8 characters of at least 3 of 4 classes, without the
 * user name. The server checks the configured policy and has the last word; this catches typos early.
 */
export const MIN_LENGTH = 8;
export const MIN_CLASSES = 3;

export const characterClasses = (password: string) =>
  [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((pattern) => pattern.test(password)).length;

export const passwordProblem = (password: string, username: string): string | undefined => {
  if (password.length < MIN_LENGTH) return `密码至少 ${MIN_LENGTH} 位`;
  if (characterClasses(password) < MIN_CLASSES) return `密码须包含小写字母、大写字母、数字、符号中的至少 ${MIN_CLASSES} 类`;
  if (username && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名';
  return undefined;
};
