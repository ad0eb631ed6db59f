// The cookie the server sets beside the HttpOnly session cookie, with the same lifetime and no
// secret in it: the web asks `GET /api/auth/me` only while it is there, so a signed-out browser's
// pages log no 401. Plain data with no imports: the web reads it at run time (eslint.layers.js).
export const SIGNED_IN_HINT_COOKIE = 'duban_signed_in';
