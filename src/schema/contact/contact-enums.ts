import type {
  AnsweringMachineDetectionStatus as SdkAnsweringMachineDetectionStatus,
  Channel as SdkChannel,
  EndpointType as SdkEndpointType,
  ContactInitiationMethod as SdkInitiationMethod,
} from '@aws-sdk/client-connect';
import { builder } from '../builder.ts';

// Each enum's values are typed by the SDK's union: a value added by an SDK update fails the type
// check until it is described here.

/** Pothos enum values with a description each. */
const described = <T extends string>(descriptions: Record<T, string>) =>
  Object.fromEntries(
    Object.entries<string>(descriptions).map(([value, description]) => [value, { value, description }]),
  );

export const Channel = builder.enumType('Channel', {
  description: 'The channel of a contact (Amazon Connect Channel).',
  values: described<SdkChannel>({
    VOICE: 'A phone or in-app voice call.',
    CHAT: 'A chat conversation.',
    TASK: 'A task: a piece of work for an agent that is not a conversation.',
    EMAIL: 'An email conversation.',
  }),
});

export const ContactInitiationMethod = builder.enumType('ContactInitiationMethod', {
  description: 'How a contact was initiated (Amazon Connect ContactInitiationMethod).',
  values: described<SdkInitiationMethod>({
    INBOUND: 'The customer initiated the contact: called in or started a chat.',
    OUTBOUND: 'An agent initiated the contact, e.g. by calling a customer from the CCP.',
    TRANSFER: 'An agent transferred the contact to another agent or queue with a quick connect.',
    QUEUE_TRANSFER: 'A flow transferred the contact from one queue to another.',
    CALLBACK: 'The contact is a callback the customer asked for.',
    API: 'The contact was started through the Amazon Connect API, e.g. StartTaskContact or StartOutboundVoiceContact.',
    DISCONNECT: 'A flow started the contact when another contact ended, e.g. a follow-up task.',
    MONITOR: 'A supervisor started monitoring a contact.',
    EXTERNAL_OUTBOUND: 'An agent called an external participant from an ongoing contact.',
    WEBRTC_API: 'An in-app, web or video call started with StartWebRTCContact.',
    AGENT_REPLY: 'An agent replied to an email contact, creating an outbound email contact.',
    FLOW: 'A flow started the contact, e.g. an email sent from a flow.',
  }),
});

export const EndpointType = builder.enumType('EndpointType', {
  description: 'The kind of address of a contact endpoint (Amazon Connect EndpointType).',
  values: described<SdkEndpointType>({
    TELEPHONE_NUMBER: 'A phone number in E.164 format, e.g. +15555550100.',
    VOIP: 'A voice-over-IP address, e.g. of an in-app or web call.',
    CONTACT_FLOW: 'A flow.',
    CONNECT_PHONENUMBER_ARN: 'The ARN of a phone number claimed in Amazon Connect.',
    EMAIL_ADDRESS: 'An email address.',
  }),
});

export const AnsweringMachineDetectionStatus = builder.enumType('AnsweringMachineDetectionStatus', {
  description:
    'What answering-machine detection found on an outbound campaign call (Amazon Connect AnsweringMachineDetectionStatus).',
  values: described<SdkAnsweringMachineDetectionStatus>({
    ANSWERED: 'The call was answered.',
    UNDETECTED: 'Detection could not tell what answered.',
    ERROR: 'Detection failed.',
    HUMAN_ANSWERED: 'A person answered.',
    SIT_TONE_DETECTED: 'A special information tone (SIT) was heard.',
    SIT_TONE_BUSY: 'A busy tone was heard.',
    SIT_TONE_INVALID_NUMBER: 'An invalid-number tone was heard.',
    FAX_MACHINE_DETECTED: 'A fax machine answered.',
    VOICEMAIL_BEEP: 'Voicemail answered, with a beep.',
    VOICEMAIL_NO_BEEP: 'Voicemail answered, without a beep.',
    AMD_UNRESOLVED: 'Detection ran but reached no result.',
    AMD_UNANSWERED: 'The call was not answered.',
    AMD_ERROR: 'Detection stopped with an error.',
    AMD_NOT_APPLICABLE: 'Detection does not apply to this call.',
  }),
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
