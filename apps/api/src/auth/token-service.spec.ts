import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { TokenError, TokenService } from './token-service';

const config = { jwtIssuer: 'ro-trach-nhiem', jwtAudience: 'ro-trach-nhiem-api' };
const cuong = { personId: 'le-van-cuong', unitId: 'so-xay-dung', roles: ['officer' as const], position: 'staff' as const };

describe('bearer tokens', () => {
  it('a shared secret: tokens it minted verify, again and again (the key is parsed once), and another secret’s do not', async () => {
    const service = new TokenService({ verifyKey: 'a'.repeat(40), signKey: 'a'.repeat(40), algorithms: ['HS256'] }, config);
    const token = service.mint(cuong, 60);
    for (let i = 0; i < 3; i++) expect(await service.verify(token)).toEqual(cuong);
    const other = new TokenService({ verifyKey: 'b'.repeat(40), signKey: 'b'.repeat(40), algorithms: ['HS256'] }, config);
    await expect(other.verify(token)).rejects.toBeInstanceOf(TokenError);
  });

  it('a public key (tokens issued elsewhere): RS256 tokens signed with its private key verify; HS256 ones are refused', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const service = new TokenService({ verifyKey: pem, signKey: undefined, algorithms: ['RS256', 'ES256'] }, config);
    const issuer = new JwtService({});
    const token = issuer.sign(
      { unit: cuong.unitId, roles: cuong.roles, position: cuong.position },
      { privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), algorithm: 'RS256', subject: cuong.personId, issuer: config.jwtIssuer, audience: config.jwtAudience, expiresIn: 60 },
    );
    expect(await service.verify(token)).toEqual(cuong);
    const forged = new TokenService({ verifyKey: 'c'.repeat(40), signKey: 'c'.repeat(40), algorithms: ['HS256'] }, config).mint(cuong, 60);
    await expect(service.verify(forged)).rejects.toBeInstanceOf(TokenError);
    expect(() => service.mint(cuong, 60)).toThrow(TokenError);
  });
});
