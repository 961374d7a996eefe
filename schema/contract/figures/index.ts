export * from "./nativeFigures";
export { encodeProviderFigureRequest } from "./encodeProviderFigureRequest";
export { parseProviderFigureRequest, FigureRequestError } from "./parseProviderFigureRequest";
export { periodsBetween, periodOfDay, type FigurePeriod } from "./periods";
