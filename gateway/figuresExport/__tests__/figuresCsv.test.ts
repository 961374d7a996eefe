import { figuresCsv } from "../figuresCsv";
import { readFigureExportRequest } from "../readFigureExportRequest";

describe("figuresCsv", () => {
  it("writes one row per cell, a column per dimension, suppressed values empty, CRLF line ends", () => {
    const csv = figuresCsv(
      ["PROVIDER", "AGE_BAND"],
      [
        {
          measure: "CONTRACTS_STARTED",
          period: "2022-2023",
          coordinates: [
            { dimension: "PROVIDER", value: "CEFA" },
            { dimension: "AGE_BAND", value: "15-17" },
          ],
          value: 42,
          suppressed: false,
          suppression: null,
        },
        {
          measure: "CONTRACTS_STARTED",
          period: "2022-2023",
          coordinates: [
            { dimension: "PROVIDER", value: "SFPME" },
            { dimension: "AGE_BAND", value: '-x,"y"' },
          ],
          value: null,
          suppressed: true,
          suppression: "PRIMARY",
        },
      ],
    );
    expect(csv).toBe(
      "measure,period,provider,age_band,value,suppressed,suppression\r\n" +
        "CONTRACTS_STARTED,2022-2023,CEFA,15-17,42,false,\r\n" +
        'CONTRACTS_STARTED,2022-2023,SFPME,"\'-x,""y""",,true,PRIMARY\r\n',
    );
  });
});

describe("readFigureExportRequest", () => {
  it("reads lists, options and filters into the figures query's variables", () => {
    const read = readFigureExportRequest(
      new URLSearchParams(
        "measures=A,B&by=PROVIDER&from=2022-2023&to=2023-2024&asOf=2024-01-01&where.trades=T1,T2",
      ),
    );
    expect(read).toEqual({
      variables: {
        measures: ["A", "B"],
        by: ["PROVIDER"],
        from: "2022-2023",
        to: "2023-2024",
        asOf: "2024-01-01",
        where: { trades: ["T1", "T2"] },
      },
    });
  });

  it.each([
    "by=PROVIDER&from=2022-2023&to=2023-2024",
    "measures=A&from=x&to=y&color=red",
    "measures=A&from=x&to=y&where.colour=1",
  ])("refuses %s", (search) => {
    expect(readFigureExportRequest(new URLSearchParams(search))).toEqual({ problem: expect.any(String) });
  });
});
