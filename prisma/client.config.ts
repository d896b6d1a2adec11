/**
 * Prisma 7's CLI configuration, for `prisma generate` of the app's client only
 * (prisma/generate-client.ts): the schema is given on its command line, and generating needs
 * no database. Migrations use prisma.config.ts and Prisma 6.19 (docs/decisions/0032).
 */
const config = {};

export default config;
