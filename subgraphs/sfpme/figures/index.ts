/** efp's (SFPME's) figures (issue 11): its records as the kit's figure statements count them. */
export { sfpmeFigureSources } from "./sfpmeFigureSources";
