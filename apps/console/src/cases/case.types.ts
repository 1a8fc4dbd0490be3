import type { operations } from '../api/schema';

/**
 * The bodies of GET /cases, GET /cases/{id} and GET /cases/options, named from the schemas the API's OpenAPI document
 * declares for them (generated into ../api/schema.d.ts).
 */
export type CaseSummary = operations['CasesController_list']['responses'][200]['content']['application/json']['items'][number];
export type CaseDetail = operations['CasesController_detail']['responses'][200]['content']['application/json'];
export type CaseOptions = operations['CasesController_options']['responses'][200]['content']['application/json'];
export type CaseStatus = CaseSummary['status'];
export type HandlingState = NonNullable<CaseSummary['handlingState']>;
export type CaseStep = CaseDetail['proposal'];
