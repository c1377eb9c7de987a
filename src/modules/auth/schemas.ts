import { Type } from "typebox";
import { PERMISSIONS, ROLES, ORGANISATION_KINDS } from "../../core/roles.js";
import { Name, Uuid } from "../../server/schemas.js";

export const Email = Type.String({ format: "email", maxLength: 254 });
export const Password = Type.String({ minLength: 1, maxLength: 200 });
export const Locale = Type.Enum(["en", "ru"]);
export const RoleSchema = Type.Enum([...ROLES]);
export const OrganisationKindSchema = Type.Enum([...ORGANISATION_KINDS]);

export const LoginRequest = Type.Object(
  { email: Email, password: Password, organisationId: Type.Optional(Uuid) },
  { additionalProperties: false },
);

export const OrganisationRef = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: OrganisationKindSchema,
});

export const MeResponse = Type.Object(
  {
    user: Type.Union([
      Type.Object({ id: Uuid, email: Type.String(), name: Type.String(), locale: Locale }),
      Type.Null(),
    ]),
    organisation: OrganisationRef,
    roles: Type.Array(RoleSchema),
    permissions: Type.Array(Type.Enum([...PERMISSIONS])),
    navigation: Type.Array(Type.Object({ key: Type.String(), path: Type.String() })),
    memberships: Type.Array(
      Type.Object({ organisation: OrganisationRef, roles: Type.Array(RoleSchema) }),
    ),
  },
  { $id: "Me" },
);

export const SwitchOrganisationRequest = Type.Object(
  { organisationId: Uuid },
  { additionalProperties: false },
);

export const UpdateMeRequest = Type.Object(
  { name: Type.Optional(Name), locale: Type.Optional(Locale) },
  { additionalProperties: false, minProperties: 1 },
);

export const ChangePasswordRequest = Type.Object(
  { currentPassword: Password, newPassword: Password },
  { additionalProperties: false },
);
