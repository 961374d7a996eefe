import { clientError } from "../errors/clientError";

/** Checks an id argument against its entity's format, or throws OFFA_INPUT_INVALID_ID naming the format. */
export function assertIdFormat(id: string, format: RegExp, entity: string, example: string): string {
  if (!format.test(id)) {
    throw clientError(
      "OFFA_INPUT_INVALID_ID",
      `"${id}" is not a valid ${entity} id (expected e.g. ${example}).`,
      {
        argument: "id",
        entity,
      },
    );
  }
  return id;
}
