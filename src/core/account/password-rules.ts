// What a chosen password must satisfy. Kept short and explainable: length beats composition rules.

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

export type PasswordProblem =
  'too_short' | 'too_long' | 'same_as_login' | 'same_as_current' | 'one_character';

export function passwordProblems(input: {
  password: string;
  login: string;
  currentPassword?: string;
}): PasswordProblem[] {
  const { password, login } = input;
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) problems.push('too_short');
  if (length > MAX_PASSWORD_LENGTH) problems.push('too_long');
  if (password.toLowerCase() === login.toLowerCase()) problems.push('same_as_login');
  if (input.currentPassword !== undefined && password === input.currentPassword) {
    problems.push('same_as_current');
  }
  if (length > 0 && new Set(password).size === 1) problems.push('one_character');
  return problems;
}

/** Logins are case-insensitive; they are stored and compared in this form. */
export function normaliseLogin(login: string): string {
  return login.trim().toLowerCase();
}

const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{1,62}$/;

export function isValidLogin(login: string): boolean {
  return LOGIN_PATTERN.test(login);
}
