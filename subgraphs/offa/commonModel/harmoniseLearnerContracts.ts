import type { CommonContract } from "./CommonContract";
import type { OffaContext } from "../context";
import type { NativeLearnerRecord } from "../providers";
import { harmoniseContracts } from "./harmoniseContracts";

/**
 * A learner's contracts at every provider on the common model, with what OFFA's own store adds (the agréments
 * of their units with their dated events, whether each unit is in the register): what Learner.commonContracts
 * and Learner.journey both answer from. One statement per batch for each store lookup (DataLoaders).
 */
export async function harmoniseLearnerContracts(
  offaLearnerId: string,
  records: NativeLearnerRecord[],
  asOf: string,
  ctx: OffaContext,
): Promise<CommonContract[]> {
  const units = [
    ...new Set(records.flatMap((r) => r.contracts.map((c) => c.employer.establishmentUnitNumber))),
  ];
  const [ruleBook, vocabulary, accreditations, registered] = await Promise.all([
    ctx.ruleBook(),
    ctx.vocabulary(),
    ctx.accreditationsByUnit.loadMany(units),
    ctx.register.units.loadMany(units),
  ]);
  const unitsInRegister = new Set<string>();
  registered.forEach((unit, index) => {
    if (unit instanceof Error) throw unit;
    if (unit !== null) unitsInRegister.add(units[index]);
  });
  const accreditationsByUnit = new Map(
    units.map((unit, index) => {
      const found = accreditations[index];
      if (found instanceof Error) throw found;
      return [unit, found];
    }),
  );
  // Each agrément with its dated events, for the monthly "agrément in force" check: one statement per batch.
  const agrements = [...accreditationsByUnit.values()].flat();
  const events = await ctx.accreditationEvents.loadMany(agrements.map((a) => a.id));
  const eventsById = new Map(
    agrements.map((agrement, index) => {
      const found = events[index];
      if (found instanceof Error) throw found;
      return [agrement.id, found.map((e) => ({ kind: e.kind, on: e.occurredOn }))];
    }),
  );
  for (const [unit, list] of accreditationsByUnit) {
    accreditationsByUnit.set(
      unit,
      list.map((agrement) => ({ ...agrement, events: eventsById.get(agrement.id) })),
    );
  }
  return harmoniseContracts({
    offaLearnerId,
    records,
    ruleBook,
    vocabulary,
    accreditationsByUnit,
    unitsInRegister,
    asOf,
  });
}
