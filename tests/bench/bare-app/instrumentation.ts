/** The bare reference has no start-up work (Next.js would otherwise pick up Trivsel's). */
export function register() {}
