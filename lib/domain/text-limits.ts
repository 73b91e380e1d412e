// The longest text each free-text field may hold, shared by the forms, the JSON API and the CSV import,
// so all three accept exactly the same values.
export const TEXT_LIMITS = {
  notes: 4000,
  terminationReason: 1000,
  conditions: 4000,
  cdeRecordId: 100,
  paymentUnit: 60,
  restriction: 2000,
} as const;
