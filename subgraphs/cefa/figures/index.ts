/** CEFA's figures (issue 11): its records as the kit's figure statements count them. */
export { cefaFigureSources } from "./cefaFigureSources";
