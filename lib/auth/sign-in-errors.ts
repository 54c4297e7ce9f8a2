/** The error next-auth passes to the sign-in form when attempts are refused for a while (shared by server and form). */
export const THROTTLED_ERROR = "TooManyAttempts";
