import { flag, notEvaluated, pass, type ContractCheck } from "../ContractCheck";
import { formatTenths, weeklyHoursInTenths } from "./weeklyHoursInTenths";

/**
 * UNDER_20_COMPANY_HOURS, domain.md §2 (working time): fewer than 20 h a week on average in the company, on an
 * annual basis. The contract records one weekly average, so every month it runs is judged alike.
 */
export const Under20CompanyHoursCheck: ContractCheck<"UNDER_20_COMPANY_HOURS"> = {
  code: "UNDER_20_COMPANY_HOURS",
  source: "§2",
  check({ contract }) {
    const company = weeklyHoursInTenths(contract.companyHoursPerWeek);
    if (company === null) {
      return notEvaluated(
        `company weekly hours ${contract.companyHoursPerWeek} are unknown or not a valid number`,
      );
    }
    if (company >= 200) return pass;
    return flag(`company ${formatTenths(company)} a week < 20 h on average (domain.md §2)`);
  },
};
