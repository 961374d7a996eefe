import { judgeNameCandidates } from "../judgeNameCandidates";

const searched = { lastName: "Martin", firstName: "Lucas", birthDate: "2006-05-10" };

describe("judgeNameCandidates", () => {
  it("keeps every provider's candidates above NONE, best first, then by provider and id", () => {
    const judged = judgeNameCandidates(searched, {
      cefa: [
        { id: "FWB00000002", lastName: "Martin", firstName: "Hugo", birthDate: "2006-05-10" },
        { id: "FWB00000001", lastName: "Dupont", firstName: "Lucas", birthDate: "2006-05-10" },
      ],
      ifapme: [{ id: "IF0000001", lastName: "MARTIN", firstName: "Lucas", birthDate: "2006-10-05" }],
      sfpme: [{ id: "EFP-2020-00001", lastName: "Martín", firstName: "Lucas", birthDate: "2006-05-10" }],
    });
    expect(judged.map((c) => [c.provider, c.providerLearnerId, c.quality])).toEqual([
      ["sfpme", "EFP-2020-00001", "EXACT"],
      ["ifapme", "IF0000001", "NEEDS_UPDATE"],
      ["cefa", "FWB00000002", "POSSIBLE"],
    ]);
  });

  it("finds nobody among no candidates", () => {
    expect(judgeNameCandidates(searched, {})).toEqual([]);
  });
});
