/** IFAPME's figures (issue 11): its records as the kit's figure statements count them. */
export { ifapmeFigureSources } from "./ifapmeFigureSources";
