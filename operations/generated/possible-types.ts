
      export interface PossibleTypesResultData {
        possibleTypes: {
          [key: string]: string[]
        }
      }
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "ContactResult": [
      "AccessDeniedError",
      "Contact",
      "InternalServiceError",
      "InvalidParameterError",
      "InvalidRequestError",
      "ResourceNotFoundError",
      "ThrottlingError"
    ],
    "Error": [
      "AccessDeniedError",
      "ConflictError",
      "ContactNotFoundError",
      "IdempotencyError",
      "InternalServiceError",
      "InvalidActiveRegionError",
      "InvalidParameterError",
      "InvalidRequestError",
      "LimitExceededError",
      "ResourceConflictError",
      "ResourceNotFoundError",
      "ServiceQuotaExceededError",
      "ThrottlingError"
    ],
    "PauseContactResult": [
      "AccessDeniedError",
      "ConflictError",
      "InternalServiceError",
      "InvalidParameterError",
      "InvalidRequestError",
      "LimitExceededError",
      "PauseContactSuccess",
      "ResourceNotFoundError",
      "ThrottlingError"
    ],
    "ResumeContactResult": [
      "AccessDeniedError",
      "ConflictError",
      "InternalServiceError",
      "InvalidParameterError",
      "InvalidRequestError",
      "ResourceNotFoundError",
      "ResumeContactSuccess",
      "ThrottlingError"
    ],
    "SearchContactsResult": [
      "AccessDeniedError",
      "ContactSearchConnection",
      "InternalServiceError",
      "InvalidParameterError",
      "InvalidRequestError",
      "ResourceNotFoundError",
      "ThrottlingError"
    ],
    "StartTaskContactResult": [
      "AccessDeniedError",
      "IdempotencyError",
      "InternalServiceError",
      "InvalidParameterError",
      "InvalidRequestError",
      "ResourceNotFoundError",
      "ServiceQuotaExceededError",
      "StartTaskContactSuccess",
      "ThrottlingError"
    ],
    "StopContactResult": [
      "AccessDeniedError",
      "ContactNotFoundError",
      "InternalServiceError",
      "InvalidActiveRegionError",
      "InvalidParameterError",
      "InvalidRequestError",
      "ResourceNotFoundError",
      "StopContactSuccess",
      "ThrottlingError"
    ],
    "TagContactResult": [
      "AccessDeniedError",
      "InternalServiceError",
      "InvalidActiveRegionError",
      "InvalidParameterError",
      "InvalidRequestError",
      "ResourceNotFoundError",
      "TagContactSuccess",
      "ThrottlingError"
    ],
    "TransferContactResult": [
      "AccessDeniedError",
      "IdempotencyError",
      "InternalServiceError",
      "InvalidParameterError",
      "InvalidRequestError",
      "ResourceNotFoundError",
      "ServiceQuotaExceededError",
      "ThrottlingError",
      "TransferContactSuccess"
    ],
    "UntagContactResult": [
      "AccessDeniedError",
      "InternalServiceError",
      "InvalidActiveRegionError",
      "InvalidParameterError",
      "InvalidRequestError",
      "ResourceNotFoundError",
      "ThrottlingError",
      "UntagContactSuccess"
    ],
    "UpdateContactAttributesResult": [
      "AccessDeniedError",
      "InternalServiceError",
      "InvalidActiveRegionError",
      "InvalidParameterError",
      "InvalidRequestError",
      "ResourceNotFoundError",
      "ThrottlingError",
      "UpdateContactAttributesSuccess"
    ],
    "UpdateContactResult": [
      "AccessDeniedError",
      "ConflictError",
      "InternalServiceError",
      "InvalidActiveRegionError",
      "InvalidParameterError",
      "InvalidRequestError",
      "ResourceNotFoundError",
      "ThrottlingError",
      "UpdateContactSuccess"
    ],
    "UpdateContactRoutingDataResult": [
      "AccessDeniedError",
      "InternalServiceError",
      "InvalidActiveRegionError",
      "InvalidParameterError",
      "ResourceConflictError",
      "ResourceNotFoundError",
      "ThrottlingError",
      "UpdateContactRoutingDataSuccess"
    ],
    "UpdateContactScheduleResult": [
      "AccessDeniedError",
      "InternalServiceError",
      "InvalidParameterError",
      "InvalidRequestError",
      "LimitExceededError",
      "ResourceNotFoundError",
      "ThrottlingError",
      "UpdateContactScheduleSuccess"
    ]
  }
};
      export default result;
    