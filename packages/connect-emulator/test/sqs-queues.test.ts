import {
  BatchEntryIdsNotDistinct,
  BatchRequestTooLong,
  CreateQueueCommand,
  EmptyBatchRequest,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  InvalidAttributeName,
  InvalidBatchEntryId,
  InvalidMessageContents,
  PurgeQueueCommand,
  PurgeQueueInProgress,
  QueueDoesNotExist,
  QueueNameExists,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SetQueueAttributesCommand,
  TooManyEntriesInBatchRequest,
} from '@aws-sdk/client-sqs';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES } from '../src/index.ts';
import { rejectionOf } from './sdk-client.ts';
import { manualClock, useSqsEmulator } from './sqs-client.ts';

const time = manualClock();
const env = useSqsEmulator({ clock: time.clock });
let queueUrl = '';
let n = 0;
const newQueue = async (Attributes?: Record<string, string>) =>
  (await env.sqs.send(new CreateQueueCommand({ QueueName: `queues-${++n}`, Attributes }))).QueueUrl ?? '';
beforeEach(async () => {
  queueUrl = await newQueue();
});

const sendBody = (MessageBody: string, url = queueUrl) =>
  env.sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody }));
const attributes = async (url: string) =>
  (await env.sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] }))).Attributes ?? {};

describe('SQS queues', () => {
  it('an unknown queue is QueueDoesNotExist with the query code AWS.SimpleQueueService.NonExistentQueue', async () => {
    const byName = await rejectionOf(env.sqs.send(new GetQueueUrlCommand({ QueueName: 'nope' })));
    expect(byName).toBeInstanceOf(QueueDoesNotExist);
    expect(byName).toMatchObject({
      name: 'QueueDoesNotExist',
      Code: 'AWS.SimpleQueueService.NonExistentQueue',
      Type: 'Sender',
      message: 'The specified queue does not exist.',
      $metadata: { httpStatusCode: 400 },
    });
    const byUrl = await rejectionOf(sendBody('x', `${env.emulator.url}/123456789012/nope`));
    expect(byUrl).toBeInstanceOf(QueueDoesNotExist);
  });

  it('GetQueueUrl finds a queue; CreateQueue again answers the same URL, with other attributes QueueNameExists', async () => {
    const name = `queues-${n}`;
    expect((await env.sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl).toBe(queueUrl);
    expect((await env.sqs.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl).toBe(queueUrl);
    const error = await rejectionOf(
      env.sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: { VisibilityTimeout: '5' } })),
    );
    expect(error).toBeInstanceOf(QueueNameExists);
    expect(error).toMatchObject({
      Code: 'QueueAlreadyExists',
      message: 'A queue already exists with the same name and a different value for attribute VisibilityTimeout',
    });
  });

  it.each([
    ['an empty name', ''],
    ['81 characters', 'q'.repeat(81)],
    ['a dot', 'a.b'],
  ])('CreateQueue refuses %s with InvalidParameterValue', async (_label, QueueName) => {
    const error = await rejectionOf(env.sqs.send(new CreateQueueCommand({ QueueName })));
    expect(error.name).toBe('InvalidParameterValue');
  });

  it('CreateQueue takes 80 characters', async () => {
    await expect(env.sqs.send(new CreateQueueCommand({ QueueName: 'q'.repeat(80) }))).resolves.toBeDefined();
  });

  it('GetQueueAttributes answers the documented defaults and counts; an unknown name is InvalidAttributeName', async () => {
    expect(await attributes(queueUrl)).toMatchObject({
      QueueArn: `arn:aws:sqs:us-east-1:123456789012:queues-${n}`,
      VisibilityTimeout: '30',
      MaximumMessageSize: String(MAX_MESSAGE_BYTES),
      MessageRetentionPeriod: '345600',
      DelaySeconds: '0',
      ReceiveMessageWaitTimeSeconds: '0',
      ApproximateNumberOfMessages: '0',
      ApproximateNumberOfMessagesNotVisible: '0',
      ApproximateNumberOfMessagesDelayed: '0',
    });
    const error = await rejectionOf(
      env.sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['Colour' as 'All'] })),
    );
    expect(error).toBeInstanceOf(InvalidAttributeName);
  });

  it('a message older than MessageRetentionPeriod (60..1209600 s) is gone', async () => {
    const short = await newQueue({ MessageRetentionPeriod: '60' });
    await sendBody('old', short);
    time.advance(59);
    expect(await attributes(short)).toMatchObject({ ApproximateNumberOfMessages: '1' });
    time.advance(1);
    expect(await attributes(short)).toMatchObject({ ApproximateNumberOfMessages: '0' });
    expect((await env.sqs.send(new ReceiveMessageCommand({ QueueUrl: short }))).Messages).toBeUndefined();
    for (const MessageRetentionPeriod of ['59', '1209601'])
      expect(
        (
          await rejectionOf(
            env.sqs.send(new CreateQueueCommand({ QueueName: 'retention', Attributes: { MessageRetentionPeriod } })),
          )
        ).name,
      ).toBe('InvalidParameterValue');
  });

  it('PurgeQueue removes every message; a second purge within 60 s is PurgeQueueInProgress', async () => {
    await sendBody('a');
    await sendBody('b');
    await env.sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl }));
    await env.sqs.send(new PurgeQueueCommand({ QueueUrl: queueUrl }));
    expect(await attributes(queueUrl)).toMatchObject({
      ApproximateNumberOfMessages: '0',
      ApproximateNumberOfMessagesNotVisible: '0',
    });
    time.advance(59);
    expect(await rejectionOf(env.sqs.send(new PurgeQueueCommand({ QueueUrl: queueUrl })))).toBeInstanceOf(
      PurgeQueueInProgress,
    );
    time.advance(1);
    await expect(env.sqs.send(new PurgeQueueCommand({ QueueUrl: queueUrl }))).resolves.toBeDefined();
  });
});

describe('SQS dead-letter queue', () => {
  it('after maxReceiveCount receives, the next receive moves the message to the dead-letter queue', async () => {
    const dlqUrl = await newQueue();
    const dlqArn = (await attributes(dlqUrl)).QueueArn;
    const policy = JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 3 });
    const sourceUrl = await newQueue({ RedrivePolicy: policy, VisibilityTimeout: '10' });
    expect(JSON.parse((await attributes(sourceUrl)).RedrivePolicy ?? '')).toEqual({
      deadLetterTargetArn: dlqArn,
      maxReceiveCount: 3,
    });
    const sent = await sendBody('poison', sourceUrl);
    const receiveSource = () =>
      env.sqs.send(new ReceiveMessageCommand({ QueueUrl: sourceUrl, MessageSystemAttributeNames: ['All'] }));
    for (const count of ['1', '2', '3']) {
      const m = (await receiveSource()).Messages?.[0];
      expect(m?.Attributes?.ApproximateReceiveCount).toBe(count);
      time.advance(10);
    }
    expect((await receiveSource()).Messages).toBeUndefined();
    expect(await attributes(sourceUrl)).toMatchObject({ ApproximateNumberOfMessages: '0' });
    const moved = await env.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: dlqUrl, MessageSystemAttributeNames: ['All'] }),
    );
    expect(moved.Messages?.[0]).toMatchObject({
      MessageId: sent.MessageId,
      Body: 'poison',
      Attributes: { DeadLetterQueueSourceArn: `arn:aws:sqs:us-east-1:123456789012:queues-${n}` },
    });
  });

  it.each([
    ['not JSON', 'nope', /not a valid JSON map/],
    ['a count of 0', { maxReceiveCount: 0 }, /maxReceiveCount/],
    ['a count of 1001', { maxReceiveCount: 1001 }, /maxReceiveCount/],
    ['an unknown target', { deadLetterTargetArn: 'arn:aws:sqs:us-east-1:123456789012:missing' }, /does not exist/],
  ])('a RedrivePolicy with %s is InvalidParameterValue', async (_label, change, reason) => {
    const dlqArn = (await attributes(await newQueue())).QueueArn;
    const value =
      typeof change === 'string'
        ? change
        : JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 5, ...change });
    const error = await rejectionOf(
      env.sqs.send(new SetQueueAttributesCommand({ QueueUrl: queueUrl, Attributes: { RedrivePolicy: value } })),
    );
    expect(error.name).toBe('InvalidParameterValue');
    expect(error.message).toMatch(reason);
  });

  it('a queue cannot be its own dead-letter queue', async () => {
    const RedrivePolicy = JSON.stringify({
      deadLetterTargetArn: (await attributes(queueUrl)).QueueArn,
      maxReceiveCount: 1,
    });
    const error = await rejectionOf(
      env.sqs.send(new SetQueueAttributesCommand({ QueueUrl: queueUrl, Attributes: { RedrivePolicy } })),
    );
    expect(error.message).toMatch(/cannot be the source queue/);
  });

  it('maxReceiveCount 1 and 1000 (both ends) are accepted, as a number or a string', async () => {
    const dlqArn = (await attributes(await newQueue())).QueueArn;
    for (const maxReceiveCount of [1, '1000']) {
      const RedrivePolicy = JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount });
      await env.sqs.send(new SetQueueAttributesCommand({ QueueUrl: queueUrl, Attributes: { RedrivePolicy } }));
    }
  });
});

describe('SQS limits and invalid parameters', () => {
  const receiveWith = (input: { MaxNumberOfMessages?: number; WaitTimeSeconds?: number; VisibilityTimeout?: number }) =>
    env.sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, ...input }));

  it.each([
    [
      { MaxNumberOfMessages: 0 },
      'Value 0 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.',
    ],
    [
      { MaxNumberOfMessages: 11 },
      'Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.',
    ],
    [
      { WaitTimeSeconds: 21 },
      'Value 21 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.',
    ],
    [
      { WaitTimeSeconds: -1 },
      'Value -1 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.',
    ],
    [
      { VisibilityTimeout: 43_201 },
      'Value 43201 for parameter VisibilityTimeout is invalid. Reason: Must be >= 0 and <= 43200, if provided.',
    ],
  ])('ReceiveMessage %o is InvalidParameterValue', async (input, message) => {
    const error = await rejectionOf(receiveWith(input));
    expect(error).toMatchObject({ name: 'InvalidParameterValue', message, $metadata: { httpStatusCode: 400 } });
  });

  it('ReceiveMessage takes MaxNumberOfMessages 1 and 10, VisibilityTimeout 0 and 43200', async () => {
    for (const input of [
      { MaxNumberOfMessages: 1 },
      { MaxNumberOfMessages: 10 },
      { VisibilityTimeout: 0 },
      { VisibilityTimeout: 43_200 },
    ])
      await expect(receiveWith(input)).resolves.toBeDefined();
  });

  it('a body of exactly 1 MiB (UTF-8 bytes) is sent; one byte more is InvalidParameterValue', async () => {
    // 'é' is two UTF-8 bytes: the limit counts bytes, not characters.
    const atLimit = 'é'.repeat(MAX_MESSAGE_BYTES / 2);
    await expect(sendBody(atLimit)).resolves.toMatchObject({ MessageId: expect.any(String) });
    const error = await rejectionOf(sendBody(`${atLimit}x`));
    expect(error).toMatchObject({
      name: 'InvalidParameterValue',
      message: `One or more parameters are invalid. Reason: Message must be shorter than ${MAX_MESSAGE_BYTES} bytes.`,
    });
  });

  it("a queue's MaximumMessageSize (1024..1048576) is its limit", async () => {
    const small = await newQueue({ MaximumMessageSize: '1024' });
    await expect(sendBody('x'.repeat(1024), small)).resolves.toBeDefined();
    expect((await rejectionOf(sendBody('x'.repeat(1025), small))).name).toBe('InvalidParameterValue');
    for (const MaximumMessageSize of ['1023', String(MAX_MESSAGE_BYTES + 1)])
      expect(
        (
          await rejectionOf(
            env.sqs.send(new CreateQueueCommand({ QueueName: 'too', Attributes: { MaximumMessageSize } })),
          )
        ).name,
      ).toBe('InvalidParameterValue');
  });

  it('a message attribute needs a non-empty value; at most 10 attributes', async () => {
    const sendWith = (MessageAttributes: Record<string, { DataType: string; StringValue?: string }>) =>
      env.sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'x', MessageAttributes }));
    expect(await rejectionOf(sendWith({ ErrorDetails: { DataType: 'String', StringValue: '' } }))).toMatchObject({
      name: 'InvalidParameterValue',
      message: "Message (user) attribute 'ErrorDetails' must contain a non-empty value of type 'String'.",
    });
    const attributes = (count: number) =>
      Object.fromEntries(
        Array.from({ length: count }, (_, i) => [`a${i}`, { DataType: 'Number', StringValue: `${i}` }]),
      );
    await expect(sendWith(attributes(10))).resolves.toBeDefined();
    expect((await rejectionOf(sendWith(attributes(11)))).name).toBe('InvalidParameterValue');
  });

  it('characters outside the allowed set are InvalidMessageContents', async () => {
    expect(await rejectionOf(sendBody('bell \u0007'))).toBeInstanceOf(InvalidMessageContents);
    await expect(sendBody('tab\tnewline\n emoji 😀')).resolves.toBeDefined();
  });

  it('SendMessageBatch: empty, 11 entries, repeated ids, bad ids, and over 1 MiB in total fail as a whole', async () => {
    const batch = (Entries: { Id: string; MessageBody: string }[]) =>
      rejectionOf(env.sqs.send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries })));
    const entries = (count: number, body = 'x') =>
      Array.from({ length: count }, (_, i) => ({ Id: `e${i}`, MessageBody: body }));
    expect(await batch([])).toBeInstanceOf(EmptyBatchRequest);
    expect(await batch(entries(11))).toBeInstanceOf(TooManyEntriesInBatchRequest);
    expect(
      await batch([
        { Id: 'a', MessageBody: 'x' },
        { Id: 'a', MessageBody: 'y' },
      ]),
    ).toBeInstanceOf(BatchEntryIdsNotDistinct);
    expect(await batch([{ Id: 'no spaces', MessageBody: 'x' }])).toBeInstanceOf(InvalidBatchEntryId);
    // Two entries of 512 KiB + 1 byte: each is allowed, together they are 2 bytes over 1 MiB.
    expect(await batch(entries(2, 'x'.repeat(MAX_MESSAGE_BYTES / 2 + 1)))).toBeInstanceOf(BatchRequestTooLong);
    await expect(
      env.sqs.send(
        new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries(2, 'x'.repeat(MAX_MESSAGE_BYTES / 2)) }),
      ),
    ).resolves.toMatchObject({ Successful: [{ Id: 'e0' }, { Id: 'e1' }] });
  });

  it('SendMessageBatch reports a bad entry in Failed and sends the others', async () => {
    const out = await env.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: [
          { Id: 'ok', MessageBody: 'fine' },
          { Id: 'bad', MessageBody: 'bell \u0007' },
        ],
      }),
    );
    expect(out.Successful?.map((s) => s.Id)).toEqual(['ok']);
    expect(out.Failed).toEqual([
      { Id: 'bad', SenderFault: true, Code: 'InvalidMessageContents', Message: expect.any(String) },
    ]);
  });
});
