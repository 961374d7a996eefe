import { flag, notEvaluated, pass, type ContractCheck } from "../ContractCheck";
import { formatTenths, weeklyHoursInTenths } from "./weeklyHoursInTenths";

/**
 * OVER_38_HOURS, domain.md §2 (working time): company + centre hours above 38 h a week on average, theory and
 * practice together. The contract records one weekly average, so every month it runs is judged alike.
 */
export const Over38HoursCheck: ContractCheck<"OVER_38_HOURS"> = {
  code: "OVER_38_HOURS",
  source: "§2",
  check({ contract }) {
    const company = weeklyHoursInTenths(contract.companyHoursPerWeek);
    const centre = weeklyHoursInTenths(contract.centreHoursPerWeek);
    if (company === null || centre === null) {
      return notEvaluated(
        `weekly hours are unknown or not valid numbers (company ${contract.companyHoursPerWeek}, centre ${contract.centreHoursPerWeek})`,
      );
    }
    if (company + centre <= 380) return pass;
    return flag(
      `company ${formatTenths(company)} + centre ${formatTenths(centre)} = ${formatTenths(company + centre)} a week > 38 h on average (domain.md §2)`,
    );
  },
};
