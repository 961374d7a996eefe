import { smallDataset } from "./fixtures";

describe("agrément suspensions over a running contract", () => {
  const { stores, groundTruth } = smallDataset();
  const { runningSuspensions, agrementSuspendedMonths, noAgrementOnStart, missingAccreditation } =
    groundTruth.anomalies;
  const eventsOf = (id: string) =>
    stores.offa.accreditation_event
      .filter((event) => event.accreditation_id === id)
      .map((event) => `${String(event.kind)} ${String(event.occurred_on)}`);

  it("are written as a dated SUSPENDED then REINSTATED the day after the last suspended day, by today", () => {
    expect(runningSuspensions.length).toBeGreaterThan(0);
    for (const suspension of runningSuspensions) {
      const next = new Date(`${suspension.to}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      const reinstated = next.toISOString().slice(0, 10);
      expect(eventsOf(suspension.accreditationId)).toEqual(
        expect.arrayContaining([`SUSPENDED ${suspension.from}`, `REINSTATED ${reinstated}`]),
      );
      expect(suspension.from <= suspension.to && reinstated <= groundTruth.today).toBe(true);
    }
  });

  it("leave each listed contract non-compliant in one month at least, each month within the suspension", () => {
    expect(agrementSuspendedMonths.length).toBeGreaterThan(0);
    for (const { suspended, months } of agrementSuspendedMonths) {
      expect(months.length).toBeGreaterThan(0);
      expect(months[0] >= suspended.from.slice(0, 7) && months.at(-1)! <= suspended.to.slice(0, 7)).toBe(
        true,
      );
    }
  });

  it("add to the contracts without an agrément on their start only those that started during a suspension", () => {
    const missing = new Set(missingAccreditation.map((ref) => `${ref.provider}:${ref.contractId}`));
    const suspendedContracts = new Set(
      agrementSuspendedMonths.map(({ contract }) => `${contract.provider}:${contract.contractId}`),
    );
    for (const ref of noAgrementOnStart) {
      const key = `${ref.provider}:${ref.contractId}`;
      expect([key, missing.has(key) || suspendedContracts.has(key)]).toEqual([key, true]);
    }
  });
});
