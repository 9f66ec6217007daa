declare module 'virtual:handbook/check-report' {
  const report: import('./integrations/handbook.ts').CheckReport;
  export default report;
}
