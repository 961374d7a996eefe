import { METRICS_PATH, OBSERVABILITY_DEFAULTS } from "../../../schema/contract/observability";
import { createGatewayObservability } from "../createGatewayObservability";

describe("createGatewayObservability", () => {
  it("serves /metrics by default", async () => {
    const observability = await createGatewayObservability(OBSERVABILITY_DEFAULTS, ["cefa"]);
    expect(Object.keys(observability.routes)).toEqual([METRICS_PATH]);
    await observability.stop();
  });

  it("serves no /metrics with METRICS_ENABLED=false", async () => {
    const observability = await createGatewayObservability(
      { ...OBSERVABILITY_DEFAULTS, metricsEnabled: false },
      ["cefa"],
    );
    expect(observability.routes).toEqual({});
    await observability.stop();
  });
});
