
      export interface PossibleTypesResultData {
        possibleTypes: {
          [key: string]: string[]
        }
      }
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "ContactResult": [
      "AccessDeniedError",
      "ConflictError",
      "Contact",
      "InternalServiceError",
      "InvalidActiveRegionError",
      "InvalidParameterError",
      "InvalidRequestError",
      "ResourceNotFoundError",
      "ThrottlingError"
    ],
    "Error": [
      "AccessDeniedError",
      "ConflictError",
      "InternalServiceError",
      "InvalidActiveRegionError",
      "InvalidParameterError",
      "InvalidRequestError",
      "ResourceNotFoundError",
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
    ]
  }
};
      export default result;
    