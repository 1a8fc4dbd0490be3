/** Organisation events were stored but could not be read back in time (the database failed in between). */
export class OrganisationNotCaughtUpError extends Error {}
