/** The operation GraphiQL opens with: the console dashboard walk of DESIGN.md, in one round trip. */
export const EXAMPLE_OPERATION = /* GraphQL */ `# The dashboard: environments -> applications -> components -> instances -> last job,
# and each instance's registry instances. Press the run button.
query Dashboard {
  environments {
    totalCount
    nodes {
      id
      name
      applications {
        nodes {
          name
          components {
            nodes {
              name
              category
              runtime
              instances {
                nodes {
                  name
                  version
                  environment { name }
                  status { status replica availableReplica }
                  lastJob { rawId status progress }
                  microserviceInstances { hostName status endpoints }
                }
              }
            }
          }
        }
      }
    }
  }
}
`;
