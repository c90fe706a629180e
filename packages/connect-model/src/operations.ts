/**
 * The Connect operations whose shapes the repository keeps: the ones the gateway exposes and the
 * next wave. Adding one: add its name here, then `npm run model:update`.
 */
export const MODEL_OPERATIONS = [
  // Exposed by the gateway.
  'UpdateContact',
  'UpdateContactAttributes',
  'TagContact',
  'UntagContact',
  'UpdateContactRoutingData',
  'UpdateContactSchedule',
  'PauseContact',
  'ResumeContact',
  'TransferContact',
  'StopContact',
  'DescribeContact',
  'GetContactAttributes',
  'ListContactReferences',
  // The next wave.
  'SuspendContactRecording',
  'ResumeContactRecording',
  'StartContactRecording',
  'StopContactRecording',
  'MonitorContact',
  'AssociateContactWithUser',
  'DismissUserContact',
  'GetContactMetrics',
  'StartTaskContact',
  'SearchContacts',
] as const;

export type ModelOperationName = (typeof MODEL_OPERATIONS)[number];
