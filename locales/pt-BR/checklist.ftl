# As partes fixas do checklist final, a verificação da data de validade e os próximos passos.
# Veja locales/README.md e src/content/checklist.rs (que os monta em ordem).

## Títulos das seções do checklist

checklist-title = Seu checklist antes de reenviar
checklist-title-final = O que fazer em vez de reenviar
checklist-section-reason = Corrija o motivo que a OKX deu
checklist-section-photos = Corrija o que encontrei nas suas fotos
checklist-section-data = Confira os dados que você digitou
checklist-section-resubmit = Depois, reenvie
checklist-section-instead = O que fazer em vez disso

## Revisão dos dados: cada campo digitado exatamente como no documento

checklist-data-1 = Nome: exatamente como está impresso no documento, com a mesma grafia e a mesma ordem, no mesmo alfabeto (latino ou local) que o campo pede.
checklist-data-2 = Data de nascimento: a mesma data do documento; confira se o dia e o mês não estão trocados.
checklist-data-3 = Data de validade: o documento não pode estar vencido; confira se ele ainda vale no dia em que você enviar.
checklist-data-4 = Endereço: seu endereço residencial atual, escrito do mesmo jeito que no comprovante de endereço, se ele for pedido.
checklist-data-5 = Nacionalidade e número do documento: a nacionalidade do documento que você está enviando, e o número completo, sem espaços.

## Ordem do reenvio (motivos que você mesmo pode corrigir)

checklist-resubmit-1 = Corrija tudo o que está nesta lista primeiro e só depois reenvie. Mandar as mesmas fotos de novo raramente dá um resultado diferente.
checklist-resubmit-2 = Use o mesmo celular e a mesma rede durante toda a verificação, e não ligue nem desligue VPN enquanto ela estiver em análise.
checklist-resubmit-3 = Reenvie uma vez, pelo link do e-mail da OKX ou pela página de verificação no app, e espere o resultado.
checklist-resubmit-4 = Se a conta mostrar um tempo de espera antes de tentar de novo, espere. A OKX não divulga um limite fixo de tentativas nem um tempo de espera.

## Em vez de reenviar (motivos definitivos: identidade duplicada, não elegível)

checklist-final-1 = Não reenvie: mandar as mesmas fotos ou fotos novas não vai mudar esta decisão.
checklist-final-2 = Fale com o suporte da OKX só pelo app da OKX ou pelo okx.com, e informe seu UID.
checklist-final-3 = Ninguém da OKX vai pedir sua senha, códigos 2FA, seed phrase ou um pagamento para desbloquear a verificação.

## Verificação da data de validade ($date é a data lida, no formato AAAA-MM-DD)

expiry-read-as = Li esta data como { $date }.
expiry-expired = Este documento está vencido. A OKX não aceita documentos vencidos: use outro documento válido ou renove este.
expiry-soon = Este documento vence daqui a menos de um mês. Ele ainda pode passar, mas alguns serviços de verificação recusam documentos que vencem tão cedo: use outro documento válido, se tiver.
expiry-fine = A data em si está ok: o documento vale por mais de um mês. Se a OKX disse “data de validade inválida”, confira se na foto a data está nítida e sem reflexo e se você digitou exatamente como está impressa.
expiry-unreadable = Não consegui ler essa data. Digite como está no documento, por exemplo 15.03.2027 ou 2027-03-15.

## Próximos passos

next-register = Ainda não tem conta na OKX? Cadastre-se só pelo app oficial da OKX ou pelo okx.com; nunca por links de desconhecidos ou recebidos em chats.
next-complete-kyc = Para fazer a verificação: no site, ícone do perfil → “Verification” (Verificação) → “Individual account” (Conta individual); no app, “User Center” (Central do usuário) → “Profile and Settings” (Perfil e configurações) → “Identity verification” (Verificação de identidade). No app em português os nomes podem mudar um pouco. Tenha em mãos um documento válido, tire as fotos com boa luz sobre um fundo liso e digite seus dados exatamente como no documento. Se for recusada, leia o motivo no e-mail ou no app da OKX, corrija e verifique suas fotos aqui antes de reenviar.
next-help-centre = Para tudo o que este bot não souber responder, veja a Central de Ajuda da OKX (okx.com/help) ou fale com o suporte no app da OKX. A documentação oficial da OKX é sempre a palavra final: este bot é um assistente independente e pode estar desatualizado.
next-terms-link = Termos de Serviço da OKX, seção 2.2 (onde a OKX não oferece seus serviços): https://www.okx.com/help-center/360021813691
expiry-none = Um documento sem data de validade não pode estar vencido, então aqui não há nada para corrigir. A OKX não publica uma regra própria para esses documentos: se o formulário exigir uma data, pergunte ao suporte da OKX.
