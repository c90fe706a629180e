
      export interface PossibleTypesResultData {
        possibleTypes: {
          [key: string]: string[]
        }
      }
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "AssociateContactWithUserResult": [
      "AccessDeniedError",
      "AssociateContactWithUserSuccess",
      "InternalServiceError",
      "InvalidParameterError",
      "InvalidRequestError",
      "ResourceNotFoundError",
      "ThrottlingError"
    ],
    "ContactResult": [
      "AccessDeniedError",
      "Contact",
      "InternalServiceError",
      "InvalidParameterError",
      "InvalidRequestError",
      "ResourceNotFoundError",
      "ThrottlingError"
    ],
    "DismissUserContactResult": [
      "AccessDeniedError",
      "DismissUserContactSuccess",
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
    "MonitorContactResult": [
      "AccessDeniedError",
      "IdempotencyError",
      "InternalServiceError",
      "InvalidParameterError",
      "InvalidRequestError",
      "MonitorContactSuccess",
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
    "ResumeContactRecordingResult": [
      "AccessDeniedError",
      "InternalServiceError",
      "InvalidActiveRegionError",
      "InvalidParameterError",
      "InvalidRequestError",
      "ResourceNotFoundError",
      "ResumeContactRecordingSuccess",
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
    "StartContactRecordingResult": [
      "AccessDeniedError",
      "InternalServiceError",
      "InvalidActiveRegionError",
      "InvalidParameterError",
      "InvalidRequestError",
      "ResourceNotFoundError",
      "StartContactRecordingSuccess",
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
    "StopContactRecordingResult": [
      "AccessDeniedError",
      "InternalServiceError",
      "InvalidActiveRegionError",
      "InvalidParameterError",
      "InvalidRequestError",
      "ResourceNotFoundError",
      "StopContactRecordingSuccess",
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
    "SuspendContactRecordingResult": [
      "AccessDeniedError",
      "InternalServiceError",
      "InvalidActiveRegionError",
      "InvalidParameterError",
      "InvalidRequestError",
      "ResourceNotFoundError",
      "SuspendContactRecordingSuccess",
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
    