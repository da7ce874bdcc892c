# As partes fixas da checklist final, a verificação da data de validade e os próximos passos.
# Ver locales/README.md e src/content/checklist.rs (que os junta por ordem).

## Títulos das secções da checklist

checklist-title = A sua checklist antes de voltar a submeter
checklist-title-final = O que fazer em vez de voltar a submeter
checklist-section-reason = Corrija o motivo indicado pela OKX
checklist-section-photos = Corrija o que encontrei nas suas fotografias
checklist-section-data = Verifique os dados que escreveu
checklist-section-resubmit = Depois, volte a submeter
checklist-section-instead = O que fazer em alternativa

## Revisão dos dados: cada campo preenchido exatamente como no documento

checklist-data-1 = Nome: exatamente como está impresso no documento, com a mesma grafia e a mesma ordem, no mesmo alfabeto (latino ou local) que o campo pede.
checklist-data-2 = Data de nascimento: a mesma data do documento; confirme que o dia e o mês não estão trocados.
checklist-data-3 = Data de validade: o documento não pode estar caducado; confirme que ainda é válido no dia em que o submeter.
checklist-data-4 = Morada: a sua morada de residência atual, escrita da mesma forma que no comprovativo de morada, se lhe for pedido.
checklist-data-5 = Nacionalidade e número do documento: a nacionalidade do documento que carregar, e o número completo, sem espaços.

## Ordem de nova submissão (motivos que pode corrigir sozinho)

checklist-resubmit-1 = Corrija primeiro tudo o que está nesta lista e só depois volte a submeter. Enviar as mesmas fotografias outra vez raramente dá um resultado diferente.
checklist-resubmit-2 = Use o mesmo telemóvel e a mesma rede durante toda a verificação, e não ligue nem desligue a VPN enquanto estiver em análise.
checklist-resubmit-3 = Volte a submeter uma única vez, através da ligação no e-mail da OKX ou da página de verificação na aplicação, e aguarde o resultado.
checklist-resubmit-4 = Se a conta mostrar um tempo de espera antes de poder tentar outra vez, aguarde. A OKX não publica nenhum limite fixo de tentativas nem tempo de espera.

## Em vez de voltar a submeter (motivos definitivos: identidade duplicada, sem elegibilidade)

checklist-final-1 = Não volte a submeter: enviar as mesmas fotografias ou fotografias novas não vai alterar esta decisão.
checklist-final-2 = Contacte o suporte da OKX apenas através da aplicação da OKX ou de okx.com, e indique o seu UID.
checklist-final-3 = Ninguém da OKX lhe vai pedir a palavra-passe, códigos 2FA, a seed phrase ou um pagamento para desbloquear a verificação.

## Verificação da data de validade ($date é a data lida, no formato AAAA-MM-DD)

expiry-read-as = Li esta data como { $date }.
expiry-expired = Este documento está caducado. A OKX não aceita documentos caducados: use outro documento válido ou renove este.
expiry-soon = Este documento caduca dentro de menos de um mês. Ainda pode passar, mas alguns serviços de verificação recusam documentos que caducam tão cedo: use outro documento válido, se tiver.
expiry-fine = A data em si está bem: o documento é válido por mais de um mês. Se a OKX indicou «data de validade inválida», verifique se na foto a data está nítida e sem reflexos e se a escreveu tal como está impressa.
expiry-unreadable = Não consegui ler essa data. Escreva-a como está no documento, por exemplo 15.03.2027 ou 2027-03-15.

## Próximos passos

next-register = Ainda não tem conta na OKX? Registe-se apenas na aplicação oficial da OKX ou em okx.com; nunca através de ligações enviadas por desconhecidos ou em chats.
next-complete-kyc = Para fazer a verificação: no site, ícone do perfil → «Verification» (Verificação) → «Individual account» (Conta individual); na aplicação, «User Center» (Centro do utilizador) → «Profile and Settings» (Perfil e definições) → «Identity verification» (Verificação de identidade). Na aplicação em português os nomes podem variar um pouco. Tenha à mão um documento válido, tire as fotografias com boa luz sobre um fundo liso e escreva os seus dados exatamente como no documento. Se falhar, leia o motivo no e-mail ou na aplicação da OKX, corrija-o e verifique aqui as suas fotografias antes de voltar a submeter.
next-help-centre = Para tudo aquilo a que este bot não consegue responder, consulte o Centro de Ajuda da OKX (okx.com/help) ou contacte o suporte na aplicação da OKX. A documentação oficial da OKX é a referência final: este bot é um assistente independente e pode estar desatualizado.
next-terms-link = Termos de Serviço da OKX, secção 2.2 (onde a OKX não presta os seus serviços): https://www.okx.com/help-center/360021813691
expiry-none = Um documento sem data de validade não pode estar caducado, por isso aqui não há nada a corrigir. A OKX não publica uma regra própria para estes documentos: se o formulário exigir uma data, pergunte ao apoio da OKX.
