/** The `telecom` activity package: CRM and billing calls for the broadband-disconnection flow. */
import { bookPickup, deprovisionLine, settleFinalBill } from './actions.ts';
import { findCustomerByIdNumber, getArrears, getTerminalOwnership, listBroadbandLines } from './lookups.ts';

export const telecomActivities = [
  findCustomerByIdNumber,
  listBroadbandLines,
  getArrears,
  getTerminalOwnership,
  bookPickup,
  deprovisionLine,
  settleFinalBill,
];
