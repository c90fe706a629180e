import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENTED_RULES,
  MODEL_OPERATIONS,
  memberParts,
  modelMember,
  modelOperation,
  modelShape,
  modelSource,
} from '../src/index.ts';
import { MODEL_DATA_URL } from '../src/model-file.ts';
import { parseModelJson, stringifyModelJson } from '../src/model-json.ts';
import { trimModel } from '../src/trim-model.ts';

describe('the data file', () => {
  it('records the botocore version and the sha256 of the original', () => {
    expect(modelSource()).toMatchObject({
      package: 'botocore',
      version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      file: 'botocore/data/connect/2017-08-08/service-2.json',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      apiVersion: '2017-08-08',
      protocol: 'rest-json',
    });
  });

  it('holds exactly the listed operations', () => {
    const file = parseModelJson(readFileSync(MODEL_DATA_URL, 'utf8')) as { operations: object };
    expect(Object.keys(file.operations)).toEqual([...MODEL_OPERATIONS]);
  });

  it('is written back byte for byte by the update (so an update diff shows only what changed)', () => {
    const text = readFileSync(MODEL_DATA_URL, 'utf8');
    expect(stringifyModelJson(parseModelJson(text))).toBe(text);
  });
});

describe('operations', () => {
  it('UpdateContact: http, input members, documented errors', () => {
    const op = modelOperation('UpdateContact');
    expect(op).toMatchObject({ method: 'POST', requestUri: '/contacts/{InstanceId}/{ContactId}' });
    expect(op.input.map((m) => m.name)).toEqual([
      'InstanceId',
      'ContactId',
      'Name',
      'Description',
      'References',
      'SegmentAttributes',
      'QueueInfo',
      'UserInfo',
      'CustomerEndpoint',
      'SystemEndpoint',
    ]);
    expect(op.errors).toEqual([
      'InvalidRequestException',
      'InvalidParameterException',
      'ResourceNotFoundException',
      'InternalServiceException',
      'ThrottlingException',
      'AccessDeniedException',
      'ConflictException',
      'InvalidActiveRegionException',
    ]);
  });

  it('marks required members and where they travel', () => {
    const [instanceId] = modelOperation('UntagContact').input.filter((m) => m.name === 'InstanceId');
    expect(instanceId).toMatchObject({ required: true, location: 'uri', shapeName: 'InstanceId' });
    expect(modelMember('UntagContact', 'TagKeys')).toMatchObject({ required: true, location: 'querystring' });
    expect(modelMember('UpdateContact', 'Name').required).toBe(false);
    expect(modelMember('TransferContact', 'ClientToken').idempotencyToken).toBe(true);
  });

  it('gives output members', () => {
    expect(modelOperation('TransferContact').output.map((m) => m.name)).toEqual(['ContactId', 'ContactArn']);
    expect(modelMember('DescribeContact', 'Contact.Name', 'output').constraints).toEqual({
      min: 0,
      max: 1024,
      sensitive: true,
    });
  });

  it('refuses an operation or member the model does not have', () => {
    expect(() => modelMember('UpdateContact', 'Nickname')).toThrow(/UpdateContact has no input member Nickname/);
    expect(() => modelMember('UpdateContact', 'References.value.Colour')).toThrow(/References\.value\.Colour/);
  });
});

describe('constraints', () => {
  it('string lengths, sensitive, patterns and enums', () => {
    expect(modelMember('UpdateContact', 'Name').constraints).toEqual({ min: 0, max: 1024, sensitive: true });
    expect(modelMember('TagContact', 'Tags.key').constraints).toEqual({
      min: 1,
      max: 128,
      pattern: '^(?!aws:)[a-zA-Z+-=._:/]+$',
      sensitive: false,
    });
    expect(modelMember('UpdateContact', 'References.value.Arn').constraints).toMatchObject({
      min: 20,
      max: 256,
      pattern: '^[-:/A-Za-z0-9]+',
    });
    expect(modelMember('UpdateContact', 'References.value.Type')).toMatchObject({
      required: true,
      constraints: { enum: expect.arrayContaining(['URL', 'ATTACHMENT', 'STRING']) },
    });
    expect(modelMember('UpdateContact', 'SegmentAttributes.value.ValueString').constraints).toEqual({
      min: 0,
      max: 1024,
      sensitive: false,
    });
  });

  it('list and map sizes', () => {
    expect(modelMember('TagContact', 'Tags').constraints).toEqual({ min: 1, max: 6, sensitive: false });
    expect(modelMember('UntagContact', 'TagKeys').constraints).toEqual({ min: 1, max: 6, sensitive: false });
    expect(modelMember('UpdateContactAttributes', 'Attributes').constraints).toEqual({ sensitive: false });
  });

  it('numeric ranges, a long beyond 2^53 exactly', () => {
    expect(modelMember('UpdateContactRoutingData', 'QueuePriority').constraints).toEqual({
      min: 1,
      max: 9223372036854775807n,
      sensitive: false,
    });
    const level = modelMember(
      'UpdateContactRoutingData',
      'RoutingCriteria.Steps.member.Expression.AttributeCondition.ProficiencyLevel',
    );
    expect(level).toMatchObject({ shape: { type: 'float' }, constraints: { min: 1, max: 5 } });
  });

  it('walks recursive shapes one level at a time', () => {
    const expression = modelMember('UpdateContactRoutingData', 'RoutingCriteria.Steps.member.Expression');
    const and = memberParts(expression).find((m) => m.name === 'AndExpression');
    expect(and && memberParts(and)[0]?.shapeName).toBe('Expression');
  });

  it('error shapes carry their HTTP status', () => {
    expect(modelShape('ContactNotFoundException')).toMatchObject({ exception: true, error: { httpStatusCode: 410 } });
  });
});

describe('trimModel', () => {
  const full = {
    metadata: { apiVersion: '2017-08-08', protocol: 'rest-json' },
    operations: {
      A: {
        name: 'A',
        http: { method: 'POST', requestUri: '/a' },
        input: { shape: 'AReq' },
        errors: [{ shape: 'Boom' }],
        documentation: '<p>prose</p>',
      },
      B: { name: 'B', http: { method: 'GET', requestUri: '/b' }, input: { shape: 'Unused' } },
    },
    shapes: {
      AReq: { type: 'structure', members: { L: { shape: 'Big', documentation: 'x' } } },
      Big: { type: 'long', min: 1, max: 9223372036854775807n },
      Boom: { type: 'structure', members: {}, exception: true },
      Unused: { type: 'string' },
    },
  };
  const source = { package: 'botocore', version: '1.0.0', file: 'f', sha256: '0'.repeat(64) } as const;

  it('keeps the reachable shapes, sorted, without documentation, longs exact', () => {
    const trimmed = trimModel(full, ['A'], source);
    expect(Object.keys(trimmed.shapes)).toEqual(['AReq', 'Big', 'Boom']);
    expect(trimmed.operations.A).not.toHaveProperty('documentation');
    expect(trimmed.shapes.AReq).toEqual({ type: 'structure', members: { L: { shape: 'Big' } } });
    expect(stringifyModelJson(trimmed.shapes.Big)).toContain('"max": 9223372036854775807');
    expect(trimmed.source).toEqual({ ...source, apiVersion: '2017-08-08', protocol: 'rest-json' });
  });

  it('refuses an operation the model does not have', () => {
    expect(() => trimModel(full, ['C'], source)).toThrow(/operation C is not in the model/);
  });
});

describe('documented rules', () => {
  it('each names a member of the model and has a source', () => {
    for (const rule of Object.values(DOCUMENTED_RULES)) {
      expect(() => modelMember(rule.operation, rule.path)).not.toThrow();
      expect(rule.source).toMatch(/^(https:\/\/docs\.aws\.amazon\.com\/|docs\/)/);
    }
  });

  it('the product rule narrows the model, never widens it', () => {
    const { max } = modelMember('UpdateContact', 'Name').constraints;
    expect(DOCUMENTED_RULES.updateContactName.max).toBeLessThan(Number(max));
  });

  it('parseModelJson reads integers beyond 2^53 exactly and leaves the others numbers', () => {
    expect(parseModelJson('{"a": 9223372036854775807, "b": 5, "c": 1.5}')).toEqual({
      a: 9223372036854775807n,
      b: 5,
      c: 1.5,
    });
  });
});
