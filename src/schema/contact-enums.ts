import {
  AnsweringMachineDetectionStatus as SdkAnsweringMachineDetectionStatus,
  Channel as SdkChannel,
  ContactInitiationMethod as SdkInitiationMethod,
  EndpointType as SdkEndpointType,
} from '@aws-sdk/client-connect';
import { builder } from './builder.ts';

// Every enum takes its values from the SDK, so the schema follows the SDK we ship with.

export const Channel = builder.enumType('Channel', {
  description: 'The channel of a contact (Amazon Connect Channel).',
  values: Object.values(SdkChannel),
});

export const ContactInitiationMethod = builder.enumType('ContactInitiationMethod', {
  description:
    'How a contact was initiated (Amazon Connect ContactInitiationMethod), e.g. INBOUND for a customer call, API for a task started through the API, TRANSFER for a transfer.',
  values: Object.values(SdkInitiationMethod),
});

export const EndpointType = builder.enumType('EndpointType', {
  description: 'The kind of address of a contact endpoint (Amazon Connect EndpointType).',
  values: Object.values(SdkEndpointType),
});

export const AnsweringMachineDetectionStatus = builder.enumType('AnsweringMachineDetectionStatus', {
  description:
    'What answering-machine detection found on an outbound campaign call (Amazon Connect AnsweringMachineDetectionStatus).',
  values: Object.values(SdkAnsweringMachineDetectionStatus),
});

/**
 * Connect may answer with a value newer than our SDK (the SDK passes unknown strings through);
 * serialising it into a GraphQL enum would fail the field, so an unknown value reads as null.
 */
export function knownValue<T extends string>(values: Record<string, T>, value: string | undefined): T | null {
  const known = Object.values(values);
  const isKnown = (v: string): v is T => known.some((k) => k === v);
  return value !== undefined && isKnown(value) ? value : null;
}
