import { describe, expect, it } from 'vitest';
import { characterClasses, passwordProblem } from './password-rules.ts';

describe('password rules (default policy: 8 characters, 3 of 4 classes)', () => {
  it('counts character classes', () => {
    expect(characterClasses('abc')).toBe(1);
    expect(characterClasses('Abc1')).toBe(3);
    expect(characterClasses('Ab1!')).toBe(4);
  });

  it('accepts a strong password and explains each refusal in Chinese', () => {
    expect(passwordProblem('Strong#2026', 'jxsj.officer1')).toBeUndefined();
    expect(passwordProblem('Ab1!', 'u')).toBe('密码至少 8 位');
    expect(passwordProblem('abcdefgh1', 'u')).toContain('至少 3 类');
    expect(passwordProblem('Jxsj.Officer1!', 'jxsj.officer1')).toBe('密码不能包含用户名');
  });
});
