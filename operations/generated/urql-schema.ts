import type { IntrospectionQuery } from 'graphql';
export default {
  "__schema": {
    "queryType": {
      "name": "Query",
      "kind": "OBJECT"
    },
    "mutationType": {
      "name": "Mutation",
      "kind": "OBJECT"
    },
    "subscriptionType": {
      "name": "Subscription",
      "kind": "OBJECT"
    },
    "types": [
      {
        "kind": "OBJECT",
        "name": "AccessDeniedError",
        "fields": [
          {
            "name": "message",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "Error"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "AgentsCriteria",
        "fields": [
          {
            "name": "agentIds",
            "type": {
              "kind": "LIST",
              "ofType": {
                "kind": "NON_NULL",
                "ofType": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "AssociateContactWithUserResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "AssociateContactWithUserSuccess"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidRequestError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "AssociateContactWithUserSuccess",
        "fields": [
          {
            "name": "contact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Contact",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "contactId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "instanceId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "AttributeCondition",
        "fields": [
          {
            "name": "comparisonOperator",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "matchCriteria",
            "type": {
              "kind": "OBJECT",
              "name": "MatchCriteria",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "name",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "proficiencyLevel",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "range",
            "type": {
              "kind": "OBJECT",
              "name": "ProficiencyRange",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "value",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ConflictError",
        "fields": [
          {
            "name": "message",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "Error"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "Contact",
        "fields": [
          {
            "name": "additionalEmailRecipients",
            "type": {
              "kind": "OBJECT",
              "name": "ContactAdditionalEmailRecipients",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "agent",
            "type": {
              "kind": "OBJECT",
              "name": "ContactAgentInfo",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "answeringMachineDetectionStatus",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "arn",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "attributes",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "ContactAttribute",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": []
          },
          {
            "name": "campaign",
            "type": {
              "kind": "OBJECT",
              "name": "ContactCampaign",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "channel",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "chatMetrics",
            "type": {
              "kind": "OBJECT",
              "name": "ContactChatMetrics",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "connectedToSystemTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "contactAssociationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "contactDetails",
            "type": {
              "kind": "OBJECT",
              "name": "ContactDetails",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "contactEvaluations",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "ContactEvaluation",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": []
          },
          {
            "name": "customer",
            "type": {
              "kind": "OBJECT",
              "name": "ContactCustomer",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "customerEndpoint",
            "type": {
              "kind": "OBJECT",
              "name": "ContactEndpoint",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "customerId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "customerVoiceActivity",
            "type": {
              "kind": "OBJECT",
              "name": "ContactCustomerVoiceActivity",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "description",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "disconnectDetails",
            "type": {
              "kind": "OBJECT",
              "name": "ContactDisconnectDetails",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "disconnectReason",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "disconnectTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "globalResiliencyMetadata",
            "type": {
              "kind": "OBJECT",
              "name": "ContactGlobalResiliencyMetadata",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "initialContactId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "initiationMethod",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "initiationTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "instanceId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "lastPausedTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "lastResumedTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "lastUpdateTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "name",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "nextContacts",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "ContactNextContact",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": []
          },
          {
            "name": "previousContactId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "qualityMetrics",
            "type": {
              "kind": "OBJECT",
              "name": "ContactQualityMetrics",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "queue",
            "type": {
              "kind": "OBJECT",
              "name": "ContactQueueInfo",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "queueMetrics",
            "type": {
              "kind": "OBJECT",
              "name": "QueueMetrics",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "queuePriority",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "queueTimeAdjustmentSeconds",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "recordings",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "ContactRecording",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": []
          },
          {
            "name": "references",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "ContactReference",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": [
              {
                "name": "types",
                "type": {
                  "kind": "LIST",
                  "ofType": {
                    "kind": "NON_NULL",
                    "ofType": {
                      "kind": "SCALAR",
                      "name": "Any"
                    }
                  }
                }
              }
            ]
          },
          {
            "name": "relatedContactId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "ringStartTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "routingCriteria",
            "type": {
              "kind": "OBJECT",
              "name": "RoutingCriteria",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "scheduledTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "segmentAttributes",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "ContactSegmentAttribute",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": []
          },
          {
            "name": "systemEndpoint",
            "type": {
              "kind": "OBJECT",
              "name": "ContactEndpoint",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "tags",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "ContactTag",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": []
          },
          {
            "name": "taskTemplate",
            "type": {
              "kind": "OBJECT",
              "name": "ContactTaskTemplate",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "totalPauseCount",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "totalPauseDurationInSeconds",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "wisdom",
            "type": {
              "kind": "OBJECT",
              "name": "ContactWisdomInfo",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactAdditionalEmailRecipients",
        "fields": [
          {
            "name": "ccList",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "ContactEmailRecipient",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": []
          },
          {
            "name": "toList",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "ContactEmailRecipient",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactAgentInfo",
        "fields": [
          {
            "name": "acceptedByAgentTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "activeRegion",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "afterContactWorkDurationInSeconds",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "afterContactWorkEndTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "afterContactWorkStartTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "agentInitiatedHoldDurationInSeconds",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "agentPauseDurationInSeconds",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "capabilities",
            "type": {
              "kind": "OBJECT",
              "name": "ContactParticipantCapabilities",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "connectedToAgentTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "deviceInfo",
            "type": {
              "kind": "OBJECT",
              "name": "ContactDeviceInfo",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "hierarchyGroups",
            "type": {
              "kind": "OBJECT",
              "name": "ContactHierarchyGroups",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "previewEndTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "stateTransitions",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "ContactStateTransition",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": []
          },
          {
            "name": "voiceEnhancementMode",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactAttribute",
        "fields": [
          {
            "name": "key",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "value",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactAudioQuality",
        "fields": [
          {
            "name": "potentialQualityIssues",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            },
            "args": []
          },
          {
            "name": "qualityScore",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactCampaign",
        "fields": [
          {
            "name": "campaignId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactChange",
        "fields": [
          {
            "name": "changedAt",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "changes",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "ContactFieldChange",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": []
          },
          {
            "name": "contact",
            "type": {
              "kind": "OBJECT",
              "name": "Contact",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "contactId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "echoOf",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "eventType",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "instanceId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operation",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "source",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactChatContactMetrics",
        "fields": [
          {
            "name": "agentFirstResponseTimeInMillis",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "agentFirstResponseTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "conversationCloseTimeInMillis",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "conversationTurnCount",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "multiParty",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "totalBotMessageLengthInChars",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "totalBotMessages",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "totalMessages",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactChatMetrics",
        "fields": [
          {
            "name": "agentMetrics",
            "type": {
              "kind": "OBJECT",
              "name": "ContactParticipantMetrics",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "chatContactMetrics",
            "type": {
              "kind": "OBJECT",
              "name": "ContactChatContactMetrics",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "customerMetrics",
            "type": {
              "kind": "OBJECT",
              "name": "ContactParticipantMetrics",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactCustomer",
        "fields": [
          {
            "name": "capabilities",
            "type": {
              "kind": "OBJECT",
              "name": "ContactParticipantCapabilities",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "deviceInfo",
            "type": {
              "kind": "OBJECT",
              "name": "ContactDeviceInfo",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactCustomerVoiceActivity",
        "fields": [
          {
            "name": "greetingEndTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "greetingStartTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactDetails",
        "fields": [
          {
            "name": "description",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "name",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactDeviceInfo",
        "fields": [
          {
            "name": "operatingSystem",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "platformName",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "platformVersion",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactDisconnectDetails",
        "fields": [
          {
            "name": "potentialDisconnectIssue",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactEmailRecipient",
        "fields": [
          {
            "name": "address",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "displayName",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactEndpoint",
        "fields": [
          {
            "name": "address",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "displayName",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactEvaluation",
        "fields": [
          {
            "name": "deleteTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "endTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "evaluationArn",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "evaluationId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "exportLocation",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "formId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "startTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "status",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactFieldChange",
        "fields": [
          {
            "name": "field",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "value",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactGlobalResiliencyMetadata",
        "fields": [
          {
            "name": "activeRegion",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "originRegion",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "trafficDistributionGroupId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactHierarchyGroup",
        "fields": [
          {
            "name": "arn",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactHierarchyGroups",
        "fields": [
          {
            "name": "level1",
            "type": {
              "kind": "OBJECT",
              "name": "ContactHierarchyGroup",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "level2",
            "type": {
              "kind": "OBJECT",
              "name": "ContactHierarchyGroup",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "level3",
            "type": {
              "kind": "OBJECT",
              "name": "ContactHierarchyGroup",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "level4",
            "type": {
              "kind": "OBJECT",
              "name": "ContactHierarchyGroup",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "level5",
            "type": {
              "kind": "OBJECT",
              "name": "ContactHierarchyGroup",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactNextContact",
        "fields": [
          {
            "name": "quickConnect",
            "type": {
              "kind": "OBJECT",
              "name": "ContactQuickConnect",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactNotFoundError",
        "fields": [
          {
            "name": "message",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "Error"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "ContactParticipantCapabilities",
        "fields": [
          {
            "name": "screenShare",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "video",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactParticipantMetrics",
        "fields": [
          {
            "name": "conversationAbandon",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "lastMessageTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "maxResponseTimeInMillis",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "messageLengthInChars",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "messagesSent",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "numResponses",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "participantId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "participantType",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "totalResponseTimeInMillis",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactParticipantQuality",
        "fields": [
          {
            "name": "audio",
            "type": {
              "kind": "OBJECT",
              "name": "ContactAudioQuality",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactQualityMetrics",
        "fields": [
          {
            "name": "agent",
            "type": {
              "kind": "OBJECT",
              "name": "ContactParticipantQuality",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "customer",
            "type": {
              "kind": "OBJECT",
              "name": "ContactParticipantQuality",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactQueueInfo",
        "fields": [
          {
            "name": "enqueueTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactQuickConnect",
        "fields": [
          {
            "name": "contactId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "initiationTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "quickConnectId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "quickConnectName",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "quickConnectType",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactRecording",
        "fields": [
          {
            "name": "deletionReason",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "fragmentStartNumber",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "fragmentStopNumber",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "location",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "mediaStreamType",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "participantType",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "startTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "status",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "stopTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "storageType",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "unprocessedTranscriptLocation",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactReference",
        "fields": [
          {
            "name": "arn",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "name",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "status",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "statusReason",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "value",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "ContactResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "Contact"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidRequestError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "ContactSearchConnection",
        "fields": [
          {
            "name": "edges",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "ContactSearchEdge",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": []
          },
          {
            "name": "pageInfo",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "ContactSearchPageInfo",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "totalCount",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactSearchEdge",
        "fields": [
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "node",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Contact",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactSearchPageInfo",
        "fields": [
          {
            "name": "endCursor",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "hasNextPage",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "hasPreviousPage",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "startCursor",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactSegmentAttribute",
        "fields": [
          {
            "name": "key",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "valueArn",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "valueInteger",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "valueJson",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "valueString",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactStateTransition",
        "fields": [
          {
            "name": "state",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "stateEndTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "stateStartTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactTag",
        "fields": [
          {
            "name": "key",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "value",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactTaskTemplate",
        "fields": [
          {
            "name": "arn",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "name",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ContactWisdomInfo",
        "fields": [
          {
            "name": "sessionArn",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "DismissUserContactResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "DismissUserContactSuccess"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidRequestError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "DismissUserContactSuccess",
        "fields": [
          {
            "name": "contact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Contact",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "contactId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "instanceId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "INTERFACE",
        "name": "Error",
        "fields": [
          {
            "name": "message",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [],
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "ConflictError"
          },
          {
            "kind": "OBJECT",
            "name": "ContactNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "IdempotencyError"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidActiveRegionError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidRequestError"
          },
          {
            "kind": "OBJECT",
            "name": "LimitExceededError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceConflictError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "ServiceQuotaExceededError"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "FieldError",
        "fields": [
          {
            "name": "message",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "path",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "IdempotencyError",
        "fields": [
          {
            "name": "message",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "Error"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "InternalServiceError",
        "fields": [
          {
            "name": "message",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "Error"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "InvalidActiveRegionError",
        "fields": [
          {
            "name": "message",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "Error"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "InvalidParameterError",
        "fields": [
          {
            "name": "fieldErrors",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "FieldError",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": []
          },
          {
            "name": "message",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "Error"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "InvalidRequestError",
        "fields": [
          {
            "name": "message",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "Error"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "LimitExceededError",
        "fields": [
          {
            "name": "message",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "Error"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "MatchCriteria",
        "fields": [
          {
            "name": "agentsCriteria",
            "type": {
              "kind": "OBJECT",
              "name": "AgentsCriteria",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "MonitorContactResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "IdempotencyError"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidRequestError"
          },
          {
            "kind": "OBJECT",
            "name": "MonitorContactSuccess"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "ServiceQuotaExceededError"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "MonitorContactSuccess",
        "fields": [
          {
            "name": "contact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Contact",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "contactArn",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "contactId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "instanceId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "Mutation",
        "fields": [
          {
            "name": "associateContactWithUser",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "AssociateContactWithUserResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "dismissUserContact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "DismissUserContactResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "monitorContact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "MonitorContactResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "pauseContact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "PauseContactResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "resumeContact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "ResumeContactResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "resumeContactRecording",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "ResumeContactRecordingResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "startContactRecording",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "StartContactRecordingResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "startTaskContact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "StartTaskContactResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "stopContact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "StopContactResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "stopContactRecording",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "StopContactRecordingResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "suspendContactRecording",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "SuspendContactRecordingResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "tagContact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "TagContactResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "transferContact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "TransferContactResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "untagContact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "UntagContactResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "updateContact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "UpdateContactResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "updateContactAttributes",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "UpdateContactAttributesResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "updateContactRoutingData",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "UpdateContactRoutingDataResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "updateContactSchedule",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "UpdateContactScheduleResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "PauseContactResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "ConflictError"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidRequestError"
          },
          {
            "kind": "OBJECT",
            "name": "LimitExceededError"
          },
          {
            "kind": "OBJECT",
            "name": "PauseContactSuccess"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "PauseContactSuccess",
        "fields": [
          {
            "name": "contact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Contact",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "contactId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "instanceId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ProficiencyRange",
        "fields": [
          {
            "name": "maxProficiencyLevel",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "minProficiencyLevel",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "Query",
        "fields": [
          {
            "name": "contact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "ContactResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "contactId",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              },
              {
                "name": "instanceId",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "searchContacts",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "SearchContactsResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "after",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              },
              {
                "name": "first",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              },
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "QueueMetrics",
        "fields": [
          {
            "name": "estimatedWaitTimeSeconds",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "positionInQueue",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ResourceConflictError",
        "fields": [
          {
            "name": "message",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "Error"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "ResourceNotFoundError",
        "fields": [
          {
            "name": "message",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "Error"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "ResumeContactRecordingResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidActiveRegionError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidRequestError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "ResumeContactRecordingSuccess"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "ResumeContactRecordingSuccess",
        "fields": [
          {
            "name": "contact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Contact",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "contactId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "instanceId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "ResumeContactResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "ConflictError"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidRequestError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "ResumeContactSuccess"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "ResumeContactSuccess",
        "fields": [
          {
            "name": "contact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Contact",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "contactId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "instanceId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "RoutingCriteria",
        "fields": [
          {
            "name": "activationTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "index",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "steps",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "RoutingCriteriaStep",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "RoutingCriteriaStep",
        "fields": [
          {
            "name": "expiry",
            "type": {
              "kind": "OBJECT",
              "name": "RoutingCriteriaStepExpiry",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "expression",
            "type": {
              "kind": "OBJECT",
              "name": "RoutingExpression",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "expressionJson",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "status",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "RoutingCriteriaStepExpiry",
        "fields": [
          {
            "name": "durationInSeconds",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "expiryTimestamp",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "RoutingExpression",
        "fields": [
          {
            "name": "andExpression",
            "type": {
              "kind": "LIST",
              "ofType": {
                "kind": "NON_NULL",
                "ofType": {
                  "name": "RoutingExpression",
                  "kind": "OBJECT",
                  "ofType": null
                }
              }
            },
            "args": []
          },
          {
            "name": "attributeCondition",
            "type": {
              "kind": "OBJECT",
              "name": "AttributeCondition",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "notAttributeCondition",
            "type": {
              "kind": "OBJECT",
              "name": "AttributeCondition",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "orExpression",
            "type": {
              "kind": "LIST",
              "ofType": {
                "kind": "NON_NULL",
                "ofType": {
                  "name": "RoutingExpression",
                  "kind": "OBJECT",
                  "ofType": null
                }
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "SearchContactsResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "ContactSearchConnection"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidRequestError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "ServiceQuotaExceededError",
        "fields": [
          {
            "name": "message",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "Error"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "StartContactRecordingResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidActiveRegionError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidRequestError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "StartContactRecordingSuccess"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "StartContactRecordingSuccess",
        "fields": [
          {
            "name": "contact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Contact",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "contactId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "instanceId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "StartTaskContactResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "IdempotencyError"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidRequestError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "ServiceQuotaExceededError"
          },
          {
            "kind": "OBJECT",
            "name": "StartTaskContactSuccess"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "StartTaskContactSuccess",
        "fields": [
          {
            "name": "contact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Contact",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "contactId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "instanceId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "StopContactRecordingResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidActiveRegionError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidRequestError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "StopContactRecordingSuccess"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "StopContactRecordingSuccess",
        "fields": [
          {
            "name": "contact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Contact",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "contactId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "instanceId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "StopContactResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "ContactNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidActiveRegionError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidRequestError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "StopContactSuccess"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "StopContactSuccess",
        "fields": [
          {
            "name": "contact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Contact",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "contactId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "instanceId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "Subscription",
        "fields": [
          {
            "name": "contactChanged",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "ContactChange",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "contactId",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              },
              {
                "name": "instanceId",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "SuspendContactRecordingResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidActiveRegionError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidRequestError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "SuspendContactRecordingSuccess"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "SuspendContactRecordingSuccess",
        "fields": [
          {
            "name": "contact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Contact",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "contactId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "instanceId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "TagContactResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidActiveRegionError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidRequestError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "TagContactSuccess"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "TagContactSuccess",
        "fields": [
          {
            "name": "contact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Contact",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "contactId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "instanceId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ThrottlingError",
        "fields": [
          {
            "name": "message",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "retryAfterSeconds",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "Error"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "TransferContactResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "IdempotencyError"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidRequestError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "ServiceQuotaExceededError"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          },
          {
            "kind": "OBJECT",
            "name": "TransferContactSuccess"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "TransferContactSuccess",
        "fields": [
          {
            "name": "contact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Contact",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "contactArn",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "contactId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "instanceId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "UntagContactResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidActiveRegionError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidRequestError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          },
          {
            "kind": "OBJECT",
            "name": "UntagContactSuccess"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "UntagContactSuccess",
        "fields": [
          {
            "name": "contact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Contact",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "contactId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "instanceId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "UpdateContactAttributesResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidActiveRegionError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidRequestError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          },
          {
            "kind": "OBJECT",
            "name": "UpdateContactAttributesSuccess"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "UpdateContactAttributesSuccess",
        "fields": [
          {
            "name": "contact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Contact",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "contactId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "initialContactId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "instanceId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "UpdateContactResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "ConflictError"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidActiveRegionError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidRequestError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          },
          {
            "kind": "OBJECT",
            "name": "UpdateContactSuccess"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "UpdateContactRoutingDataResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidActiveRegionError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceConflictError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          },
          {
            "kind": "OBJECT",
            "name": "UpdateContactRoutingDataSuccess"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "UpdateContactRoutingDataSuccess",
        "fields": [
          {
            "name": "contact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Contact",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "contactId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "instanceId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "UpdateContactScheduleResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AccessDeniedError"
          },
          {
            "kind": "OBJECT",
            "name": "InternalServiceError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidParameterError"
          },
          {
            "kind": "OBJECT",
            "name": "InvalidRequestError"
          },
          {
            "kind": "OBJECT",
            "name": "LimitExceededError"
          },
          {
            "kind": "OBJECT",
            "name": "ResourceNotFoundError"
          },
          {
            "kind": "OBJECT",
            "name": "ThrottlingError"
          },
          {
            "kind": "OBJECT",
            "name": "UpdateContactScheduleSuccess"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "UpdateContactScheduleSuccess",
        "fields": [
          {
            "name": "contact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Contact",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "contactId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "instanceId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "UpdateContactSuccess",
        "fields": [
          {
            "name": "contact",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Contact",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "contactId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "instanceId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "requestId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "SCALAR",
        "name": "Any"
      }
    ],
    "directives": []
  }
} as unknown as IntrospectionQuery;