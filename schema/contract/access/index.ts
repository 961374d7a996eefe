export type { AccessClaims } from "./AccessClaims";
export { readAccessRequirements, type AccessRequirement } from "./AccessRequirement";
export { findDeniedFields, type DeniedField } from "./findDeniedFields";
export { isAllowed } from "./isAllowed";
export { isPolicyName, POLICIES, type PolicyName } from "./policies";
export type { ProviderNamespaceName } from "./providerNamespaceName";
export { isPurpose, PURPOSES, type Purpose } from "./purposes";
export { isRole, ROLES, type Role } from "./roles";
export { SCOPES, type Scope } from "./scopes";
