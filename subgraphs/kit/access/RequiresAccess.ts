import { Directive } from "type-graphql";
import type { PolicyName, Scope } from "../../../schema/contract/access";

/**
 * Declares who may see a type or a field, as Apollo Federation's `@requiresScopes` (all the scopes listed) and
 * `@policy` (all the policies listed). The declaration is composed into the supergraph, where the gateway
 * enforces it before query planning; each subgraph enforces its own declarations again (enforceAccess), so a
 * caller who reaches a subgraph directly meets the same rules.
 */
export function RequiresAccess(requirement: {
  scopes: readonly Scope[];
  policies?: readonly PolicyName[];
}): ClassDecorator & PropertyDecorator & MethodDecorator {
  const scopes = `@requiresScopes(scopes: [${JSON.stringify(requirement.scopes)}])`;
  const policies = requirement.policies?.length
    ? `@policy(policies: [${JSON.stringify(requirement.policies)}])`
    : null;
  return ((target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
    for (const sdl of policies ? [scopes, policies] : [scopes]) {
      const decorate = Directive(sdl) as (t: object, k?: string | symbol, d?: PropertyDescriptor) => void;
      decorate(target, key, descriptor);
    }
  }) as ClassDecorator & PropertyDecorator & MethodDecorator;
}

/** Learner-level data: the `learner:read` scope and the `learner_access` policy (a mobility officer's purpose). */
export const LearnerData = () => RequiresAccess({ scopes: ["learner:read"], policies: ["learner_access"] });

/** OFFA's register of enterprises, units, tutors and agréments. */
export const RegisterData = () => RequiresAccess({ scopes: ["register:read"] });

/** Provider vocabularies and their mapping rules. */
export const MappingData = () => RequiresAccess({ scopes: ["mappings:read"] });
